package org.cishan.gateway;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One TCP connection to the gateway on which a test writes raw HTTP/1.1 bytes (pipelined,
 * malformed, bodies cut short) and reads the answers one by one, as a hostile client would.
 */
final class RawHttpConnection implements AutoCloseable {

  /** An answer read off the connection, or the connection's end. */
  record Answer(int status, Map<String, String> headers, String body) {

    static final Answer CLOSED = new Answer(-1, Map.of(), "");

    boolean closed() {
      return status == -1;
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttpConnection(int port, Duration readTimeout) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout((int) readTimeout.toMillis());
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  RawHttpConnection send(String raw) throws IOException {
    out.write(raw.getBytes(ISO_8859_1));
    out.flush();
    return this;
  }

  /**
   * The next answer, or {@link Answer#CLOSED} when the gateway closed (or reset) the connection.
   *
   * @throws SocketTimeoutException when nothing comes within the read timeout: left hanging
   */
  Answer read() throws IOException {
    String statusLine;
    try {
      statusLine = line();
    } catch (java.net.SocketException reset) {
      return Answer.CLOSED;
    }
    if (statusLine == null) {
      return Answer.CLOSED;
    }
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    Map<String, String> headers = new TreeMap<>();
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    String body;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().trim(), 16);
          size > 0;
          size = Integer.parseInt(line().trim(), 16)) {
        chunks.write(in.readNBytes(size));
        line();
      }
      line();
      body = chunks.toString(java.nio.charset.StandardCharsets.UTF_8);
    } else {
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      body = new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }
    return new Answer(status, headers, body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
