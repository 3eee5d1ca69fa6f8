package io.jenkins.plugins.wsus.simulator.soap.xml;

/**
 * The request could not be read (malformed XML, wrong element, bad value). ASP.NET answers these
 * with {@code soap:Client} "Server was unable to read request. ---> There is an error in XML
 * document (line, column). ---> detail".
 */
public final class RequestFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String detail;

  public RequestFormatException(int line, int column, String detail) {
    super("There is an error in XML document (" + line + ", " + column + "). ---> " + detail);
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** Where the error is; 1-based. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The inner message, without the position. */
  public String detail() {
    return detail;
  }

  /** An error at the start of {@code element}. */
  public static RequestFormatException at(XmlElement element, String detail) {
    return new RequestFormatException(element.line(), element.column(), detail);
  }
}
