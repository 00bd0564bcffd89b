using System.Net;
using Render.Server.Tests.Harness;
using Render.Storage.Postgres.Tests;

namespace Render.Server.Tests.Faults;

/// <summary>
/// PostgreSQL stopped under a running server: reads and writes are answered 503 with a plain
/// sentence (no engine text), and the server serves again, without a restart, once the database is back.
/// </summary>
public sealed class DatabaseStoppedTests
{
    private static readonly (HttpStatusCode, string) Unavailable =
        (HttpStatusCode.ServiceUnavailable, "The server cannot reach its database right now; try again shortly.");

    [Fact]
    public async Task PostgresStopped_Is503_AndTheServerRecoversOnceItIsBack()
    {
        // A cluster of this test's own: stopping the shared one would fail every other PostgreSQL test.
        var cluster = await PostgresCluster.StartOwnAsync();
        try
        {
            await using var server = await OptionsServer.StartAsync(new RenderServerOptions { DatabaseConnectionString = await cluster.CreateDatabaseAsync() });
            var api = new RenderApi(server.Client);
            var stack = RenderApi.NewStackPath(prefix: "stopped");
            await api.CreateStackAsync(stack);
            await api.ImportAsync(stack, Batches.Layer(1, 10), deriveData: false);

            await cluster.StopAsync();
            var read = await RenderApi.ReadAsync(api.GetAsync($"{stack}/zValues"));
            var write = await RenderApi.ReadAsync(api.PutAsync($"{stack}/resolvedTiles", Batches.Layer(2, 10)));
            await cluster.StartAgainAsync();

            Assert.Equal(Unavailable, read);
            Assert.Equal(Unavailable, write);
            Assert.Equal("[1.0]", await AnsweredAsync(() => api.GetAsync($"{stack}/zValues"), HttpStatusCode.OK));
            await AnsweredAsync(() => api.PutAsync($"{stack}/resolvedTiles", Batches.Layer(2, 10)), HttpStatusCode.Created);
            Assert.Equal("[1.0,2.0]", await api.GetTextAsync($"{stack}/zValues"));
        }
        finally
        {
            await cluster.DisposeOwnAsync();
        }
    }

    /// <summary>
    /// The answer once it is no longer 503: connections pooled before the stop fail once each when
    /// next used (as render-python's retries would see), then new ones are opened.
    /// </summary>
    private static async Task<string> AnsweredAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (status, body) = await RenderApi.ReadAsync(send());
            if (status != HttpStatusCode.ServiceUnavailable || attempt == 40)
            {
                Assert.True(status == expected, $"expected {(int)expected} but got {(int)status}: {body}");
                return body;
            }

            await Task.Delay(250);
        }
    }
}
