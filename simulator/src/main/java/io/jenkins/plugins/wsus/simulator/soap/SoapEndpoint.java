package io.jenkins.plugins.wsus.simulator.soap;

import io.jenkins.plugins.wsus.simulator.auth.WindowsAuthentication;
import io.jenkins.plugins.wsus.simulator.fault.ClientFault;
import io.jenkins.plugins.wsus.simulator.fault.FaultControl;
import io.jenkins.plugins.wsus.simulator.http.HttpResponses;
import io.jenkins.plugins.wsus.simulator.http.ResponseShaper;
import io.jenkins.plugins.wsus.simulator.http.WsdlResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The WSUS API Remoting endpoint: reads the body (capped), authenticates the connection, serves
 * {@code ?WSDL}, applies armed client faults and hands SOAP requests to the {@link SoapDispatcher}.
 */
public final class SoapEndpoint extends Handler.Abstract {

  /** ASP.NET's default maxRequestLength is 4096 KB. */
  static final int MAX_REQUEST_BYTES = 4096 * 1024;

  /** Oversized bodies up to this size are read and discarded before the refusal. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);

  private final WindowsAuthentication auth;
  private final SoapDispatcher dispatcher;
  private final FaultControl faults;
  private final Optional<WsdlResource> wsdl;

  public SoapEndpoint(
      WindowsAuthentication auth,
      SoapDispatcher dispatcher,
      FaultControl faults,
      Optional<WsdlResource> wsdl) {
    this.auth = auth;
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.wsdl = wsdl;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    byte[] body;
    try {
      body = readBody(request);
    } catch (BodyUnreadableException e) {
      HttpResponses.sendHtml(response, 400, "400 - Bad Request: " + e.getMessage(), callback);
      return true;
    } catch (BodyTooLargeException e) {
      HttpResponses.send(
          response,
          500,
          "text/html; charset=utf-8",
          "<html><body><h2>System.Web.HttpException: Maximum request length exceeded.</h2>"
              + "</body></html>",
          callback);
      return true;
    }
    WindowsAuthentication.Outcome outcome =
        auth.authenticate(
            request.getConnectionMetaData().getConnection(),
            request.getHeaders().get(HttpHeader.AUTHORIZATION));
    if (outcome instanceof WindowsAuthentication.Challenge challenge) {
      response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, challenge.wwwAuthenticate());
      unauthorized(response, callback);
      return true;
    }
    if (outcome instanceof WindowsAuthentication.Denied) {
      response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, "Negotiate");
      response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, "NTLM");
      unauthorized(response, callback);
      return true;
    }
    var account = ((WindowsAuthentication.Authenticated) outcome).account();
    String method = request.getMethod();
    if (method.equals("GET")) {
      serveGet(request, response, callback);
      return true;
    }
    if (!method.equals("POST")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
      HttpResponses.sendHtml(
          response, 405, "405 - HTTP verb used to access this page is not allowed.", callback);
      return true;
    }
    SoapRequest soap =
        new SoapRequest(
            request.getHeaders().get(HttpHeader.CONTENT_TYPE),
            request.getHeaders().get("SOAPAction"),
            body);
    List<ClientFault> armed = faults.take(soap.operationHint());
    ClientFault shaping = null;
    for (ClientFault f : armed) {
      if (f.kind() == ClientFault.Kind.LATENCY) {
        sleep(f.delay());
      } else {
        shaping = f;
      }
    }
    if (shaping != null && handledBeforeDispatch(shaping, soap, request, response, callback)) {
      return true;
    }
    SoapResponse answer = dispatcher.dispatch(soap, account, request.isSecure());
    if (shaping == null) {
      ResponseShaper.send(response, answer.status(), answer.contentType(), answer.body(), callback);
    } else {
      ResponseShaper.sendShaped(
          request,
          response,
          answer.status(),
          answer.contentType(),
          answer.body(),
          shaping,
          callback);
    }
    return true;
  }

  /** Faults that replace the answer entirely; true when the request has been answered. */
  private boolean handledBeforeDispatch(
      ClientFault fault, SoapRequest soap, Request request, Response response, Callback callback) {
    switch (fault.kind()) {
      case CONNECTION_REFUSED -> {
        faults.refuseConnectionsFor(fault.delay());
        ResponseShaper.drop(request, callback);
        return true;
      }
      case SERVICE_UNAVAILABLE -> {
        // What HTTP.sys answers when the WsusPool application pool is stopped (wsus-facts.md §1).
        HttpResponses.send(
            response,
            503,
            "text/html; charset=us-ascii",
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
                + "<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n"
                + "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
                + "<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The service is"
                + " unavailable.</p>\r\n</BODY></HTML>\r\n",
            callback);
        return true;
      }
      case SERVER_FAULT -> {
        SoapVersion version = soap.version() == null ? SoapVersion.SOAP11 : soap.version();
        String xml =
            SoapEnvelopes.fault(
                version,
                SoapFault.server(
                    "System.Data.SqlClient.SqlException (0x80131904): A transport-level error has"
                        + " occurred when receiving results from the server."));
        ResponseShaper.send(
            response, 500, version.contentType(), xml.getBytes(StandardCharsets.UTF_8), callback);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private void serveGet(Request request, Response response, Callback callback) {
    String query = request.getHttpURI().getQuery();
    if (query != null && query.equalsIgnoreCase("wsdl")) {
      if (wsdl.isPresent()) {
        HttpResponses.send(response, 200, "text/xml; charset=utf-8", wsdl.get().text(), callback);
      } else {
        HttpResponses.sendHtml(response, 404, "404 - File or directory not found.", callback);
      }
      return;
    }
    HttpResponses.sendHtml(response, 200, "ApiRemoting Web Service", callback);
  }

  private static void unauthorized(Response response, Callback callback) {
    HttpResponses.sendHtml(
        response,
        401,
        "401 - Unauthorized: Access is denied due to invalid credentials.",
        callback);
  }

  private static byte[] readBody(Request request)
      throws BodyTooLargeException, BodyUnreadableException {
    long declared = request.getLength();
    if (declared > MAX_REQUEST_BYTES) {
      // Drain a moderately oversized body so the refusal reaches the client on a sane connection.
      if (declared <= DRAIN_LIMIT) {
        try {
          Content.Source.consumeAll(request);
        } catch (java.io.IOException ignored) {
          // The answer below still goes out; Jetty closes the connection if it must.
        }
      }
      throw new BodyTooLargeException();
    }
    try {
      return Content.Source.asByteArrayAsync(request, MAX_REQUEST_BYTES)
          .get(BODY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // asByteArrayAsync fails this way when the body outgrows the cap (chunked uploads).
      if (e.getCause() instanceof IllegalArgumentException) {
        throw new BodyTooLargeException();
      }
      throw new BodyUnreadableException("the request body could not be read");
    } catch (TimeoutException e) {
      throw new BodyUnreadableException(
          "the request body did not arrive within " + BODY_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BodyUnreadableException("interrupted while reading the request body");
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The body exceeds ASP.NET's maxRequestLength. */
  private static final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** The body could not be read (timeout, broken connection). */
  private static final class BodyUnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    BodyUnreadableException(String message) {
      super(message);
    }
  }
}
