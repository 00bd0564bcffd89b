using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Faults;

/// <summary>A server a test starts itself on options of its own (a store on a small disk, on a cluster it stops).</summary>
internal sealed class OptionsServer(RenderServerOptions options) : ServerFixture, IAsyncDisposable
{
    /// <summary>Starts a server on <paramref name="options"/> (on a free port).</summary>
    public static async Task<OptionsServer> StartAsync(RenderServerOptions options)
    {
        var server = new OptionsServer(options with { Port = 0, LogLevel = Microsoft.Extensions.Logging.LogLevel.Critical });
        await server.InitializeAsync();
        return server;
    }

    protected override Task<RenderServerOptions> CreateOptionsAsync() => Task.FromResult(options);

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
