// Starts the DynamoDB Local jar's server bound to 127.0.0.1 only.
// The jar's own launcher listens on every interface and has no bind-address option, so this
// wires the same request handler into a Jetty connector we control. Run with `java -cp <jar>:<lib>/* LocalDynamo.java`
// (single-file source launch, no build step).
// Arguments: <port, 0 picks a free one> <dbPath | :memory:>
// Prints "LISTENING <port>" once ready, then serves until the process ends.
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;

public class LocalDynamo {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    boolean inMemory = args[1].equals(":memory:");
    String dbPath = inMemory ? null : args[1];
    var requests = new LocalDynamoDBRequestHandler(0, inMemory, dbPath, true, false);
    var handler = new LocalDynamoDBServerHandler(requests, null);
    // The proxy is used only for its handler wiring; its own (all-interfaces) server is never started.
    var proxy = new DynamoDBProxyServer(0, handler);
    var server = new Server();
    var connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(proxy.setUpHandler(handler));
    server.setStopAtShutdown(true);
    server.start();
    System.out.println("LISTENING " + connector.getLocalPort());
    System.out.flush();
    server.join();
  }
}
