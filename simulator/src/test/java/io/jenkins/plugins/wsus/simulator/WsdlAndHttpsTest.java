package io.jenkins.plugins.wsus.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.wsus.simulator.support.RawHttpConnection;
import io.jenkins.plugins.wsus.simulator.support.SharedReference;
import io.jenkins.plugins.wsus.simulator.support.WsusTestClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WsdlAndHttpsTest {

  @Test
  void wsdlIsServedWhenConfigured() throws Exception {
    Path wsdl = SharedReference.requireWsdl();
    try (WsusSimulator sim =
            WsusSimulator.start(SimulatorOptions.builder().https(false).wsdlPath(wsdl).build());
        WsusTestClient c = WsusTestClient.admin(sim)) {
      RawHttpConnection.Response r =
          c.connection().exchange("GET", WsusTestClient.PATH + "?WSDL", Map.of(), null);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("content-type")).containsExactly("text/xml; charset=utf-8");
      assertThat(r.body()).isEqualTo(Files.readAllBytes(wsdl));
    }
  }

  @Test
  void wsdlIs404WithoutOne() throws Exception {
    try (WsusSimulator sim =
            WsusSimulator.start(SimulatorOptions.builder().https(false).withoutWsdl().build());
        WsusTestClient c = WsusTestClient.admin(sim)) {
      RawHttpConnection.Response r =
          c.connection().exchange("GET", WsusTestClient.PATH + "?wsdl", Map.of(), null);
      assertThat(r.status()).isEqualTo(404);
    }
  }

  @Test
  void httpsServesTheServiceWithACertificateSignedByTheExposedCa() throws Exception {
    try (WsusSimulator sim =
        WsusSimulator.start(SimulatorOptions.builder().withoutWsdl().build())) {
      X509Certificate ca =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(
                          sim.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
      SSLContext tls = trusting(ca);
      try (WsusTestClient c = WsusTestClient.open(URI.create(sim.httpsUrl()), tls)) {
        assertThat(c.logon("CORP", "CORP", "wsusadmin", "Passw0rd!").status()).isEqualTo(200);
        RawHttpConnection.Response ping =
            c.call(WsusTestClient.NS_MONITORABLE, "Ping", "<pingLevel>0</pingLevel>");
        assertThat(ping.text()).contains("<IsHttps>true</IsHttps>");
      }
      // Without the CA, the certificate is not trusted.
      SSLContext defaults = SSLContext.getInstance("TLS");
      defaults.init(null, null, null);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> {
                try (WsusTestClient c = WsusTestClient.open(URI.create(sim.httpsUrl()), defaults)) {
                  c.call("GetServerVersion", "");
                }
              })
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void mountedHandlersShareTheServer() throws Exception {
    org.eclipse.jetty.server.Handler hello =
        new org.eclipse.jetty.server.Handler.Abstract() {
          @Override
          public boolean handle(
              org.eclipse.jetty.server.Request request,
              org.eclipse.jetty.server.Response response,
              org.eclipse.jetty.util.Callback callback) {
            io.jenkins.plugins.wsus.simulator.http.HttpResponses.send(
                response, 200, "text/plain", "catalog here", callback);
            return true;
          }
        };
    try (WsusSimulator sim =
            WsusSimulator.start(
                SimulatorOptions.builder()
                    .withoutWsdl()
                    .https(false)
                    .mount("/catalog", hello)
                    .build());
        RawHttpConnection raw = new RawHttpConnection(URI.create(sim.wsusUrl()), null)) {
      RawHttpConnection.Response r =
          raw.exchange("GET", "/catalog/Search.aspx?q=x", Map.of(), null);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).isEqualTo("catalog here");
      assertThat(raw.exchange("GET", "/elsewhere", Map.of(), null).status()).isEqualTo(404);
    }
  }

  private static SSLContext trusting(X509Certificate ca) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("sim-ca", ca);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, tmf.getTrustManagers(), null);
    return tls;
  }
}
