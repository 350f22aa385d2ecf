// Starts the DynamoDB Local jar's server bound to 127.0.0.1 only.
// The jar's own launcher listens on every interface and has no bind-address option, so this
// wires the same request handler into a Jetty connector we control. Run with `java -cp <jar>:<lib>/* LocalDynamo.java`
// (single-file source launch, no build step).
// Arguments: <port, 0 picks a free one> <dbPath | :memory:>
// Prints "LISTENING <port>" once ready, then serves until the process ends.
import java.io.File;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.Executors;
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;
import software.amazon.dynamodb.services.local.shared.access.LocalDBClient;
import software.amazon.dynamodb.services.local.shared.access.sqlite.SQLiteDBAccess;
import software.amazon.dynamodb.services.local.shared.jobs.JobsRegister;

public class LocalDynamo {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    boolean inMemory = args[1].equals(":memory:");
    String dbPath = inMemory ? null : args[1];
    var requests = new LocalDynamoDBRequestHandler(0, inMemory, dbPath, true, false);
    if (!inMemory) durable(requests, dbPath);
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

  /**
   * DynamoDB Local answers a TransactWriteItems before its SQLite COMMIT has run: the commit is
   * queued on the database thread and not waited for (SQLiteDBAccess.commitTransaction), so a
   * process killed in that window loses a transaction it has already acknowledged. This puts in
   * the jar's own database access with one change, that the commit is waited for; the shared
   * database file is the one the jar itself would open (`<dbPath>/shared-local-instance.db`).
   */
  @SuppressWarnings("unchecked")
  static void durable(LocalDynamoDBRequestHandler requests, String dbPath) throws Exception {
    Field field = LocalDynamoDBRequestHandler.class.getDeclaredField("dbRequestHandlers");
    field.setAccessible(true);
    var handlers = (Map<String, Object>) field.get(requests);
    var access = new CommitWaitingAccess(new File(dbPath, "shared-local-instance.db"));
    handlers.put("shared-local-instance", new LocalDBClient(access, new JobsRegister(Executors.newFixedThreadPool(10), false)));
  }

  static final class CommitWaitingAccess extends SQLiteDBAccess {
    CommitWaitingAccess(File file) {
      super(file);
      // Write-ahead logging, synced at checkpoints rather than at every commit: a commit is in the
      // file (the OS has it) before the answer goes, so a killed process loses nothing it
      // acknowledged; only a machine losing power may lose the last moments. Waiting for each
      // commit with a sync of its own would cost a third of the transactions a second.
      run(connection -> {
        connection.exec("PRAGMA journal_mode=WAL");
        connection.exec("PRAGMA synchronous=NORMAL");
        return true;
      });
    }

    @Override
    public void commitTransaction(String transactionId, byte[] signature) {
      super.commitTransaction(transactionId, signature);
      settle();
    }

    @Override
    public void rollbackTransaction() {
      super.rollbackTransaction();
      settle();
    }

    /** The database thread runs its jobs in order, so once a job queued now has run, the commit before it has too. */
    private void settle() {
      run(connection -> {
        if (!connection.getAutoCommit()) throw new IllegalStateException("a transaction was left open after its COMMIT or ROLLBACK");
        return true;
      });
    }

    interface Work {
      boolean on(SQLiteConnection connection) throws Throwable;
    }

    /** Runs `work` on the database thread and waits for it. */
    private void run(Work work) {
      try {
        queue.execute(new SQLiteJob<Boolean>() {
          @Override
          protected Boolean job(SQLiteConnection connection) throws Throwable {
            return work.on(connection);
          }
        }).get();
      } catch (Exception e) {
        throw new IllegalStateException("DynamoDB Local's database did not do what was asked", e);
      }
    }
  }
}
