package io.jenkins.plugins.wsus.simulator.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates, at every start, a private CA and a server certificate it signs for {@code 127.0.0.1}
 * and {@code localhost} (plus the bind address), so clients can test real certificate validation by
 * trusting only {@link ServerIdentity#caCertificatePem()}.
 */
public final class CertificateFactory {

  private static final String SIGNATURE = "SHA256withRSA";
  private static final Duration VALIDITY = Duration.ofDays(30);

  /**
   * Identities already generated in this JVM, by host: RSA key generation costs up to a second, and
   * a fleet benchmark starts dozens of simulators. Each JVM still gets its own fresh CA.
   */
  private static final java.util.Map<String, ServerIdentity> GENERATED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CertificateFactory() {}

  /** The identity for {@code extraHost}, generated once per JVM. */
  public static ServerIdentity forHost(String extraHost) {
    return GENERATED.computeIfAbsent(
        extraHost == null ? "" : extraHost, CertificateFactory::generate);
  }

  /** The generated CA and server key material. */
  public record ServerIdentity(
      KeyStore keyStore, char[] keyStorePassword, X509Certificate caCertificate) {

    /** The CA certificate in PEM, for a client's trust store. */
    public String caCertificatePem() {
      StringWriter out = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
        pem.writeObject(caCertificate);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot encode the CA certificate as PEM", e);
      }
      return out.toString();
    }
  }

  /** A fresh CA and server certificate valid for the given extra host (an IP or a DNS name). */
  public static ServerIdentity generate(String extraHost) {
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      KeyPair caKeys = generator.generateKeyPair();
      KeyPair serverKeys = generator.generateKeyPair();
      Instant now = Instant.now();
      Date notBefore = Date.from(now.minus(Duration.ofHours(1)));
      Date notAfter = Date.from(now.plus(VALIDITY));
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

      X500Name caName = new X500Name("CN=WSUS Simulator CA,O=WSUS Orchestrator");
      X509v3CertificateBuilder ca =
          new JcaX509v3CertificateBuilder(
              caName, serial(random), notBefore, notAfter, caName, caKeys.getPublic());
      ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      ca.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      ca.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          ext.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate caCert = sign(ca, caKeys);

      X500Name serverName = new X500Name("CN=localhost,O=WSUS Orchestrator");
      X509v3CertificateBuilder server =
          new JcaX509v3CertificateBuilder(
              caCert, serial(random), notBefore, notAfter, serverName, serverKeys.getPublic());
      server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      server.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      server.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      server.addExtension(
          Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
      server.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(extraHost));
      X509Certificate serverCert = sign(server, caKeys);

      char[] password = Long.toHexString(random.nextLong()).toCharArray();
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(
          "wsus", serverKeys.getPrivate(), password, new X509Certificate[] {serverCert, caCert});
      return new ServerIdentity(keyStore, password, caCert);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot generate the simulator's TLS certificate", e);
    }
  }

  private static GeneralNames subjectAltNames(String extraHost) {
    GeneralName ip = new GeneralName(GeneralName.iPAddress, "127.0.0.1");
    GeneralName dns = new GeneralName(GeneralName.dNSName, "localhost");
    if (extraHost == null
        || extraHost.isBlank()
        || extraHost.equals("127.0.0.1")
        || extraHost.equals("localhost")
        || extraHost.equals("0.0.0.0")) {
      return new GeneralNames(new GeneralName[] {ip, dns});
    }
    boolean isIp = extraHost.matches("[0-9.]+") || extraHost.contains(":");
    GeneralName extra =
        new GeneralName(isIp ? GeneralName.iPAddress : GeneralName.dNSName, extraHost);
    return new GeneralNames(new GeneralName[] {ip, dns, extra});
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE).build(issuer.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(64, random).abs().add(BigInteger.ONE);
  }
}
