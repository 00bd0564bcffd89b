using Microsoft.Extensions.Logging;
using Render.Model.Limits;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Security;

/// <summary>A server with a write token, one allowed web origin, a 64 KiB body limit and ids of at most 50 characters.</summary>
public sealed class SecuredServerFixture : ServerFixture
{
    public const string Token = "lab-token-1";

    public const string AllowedOrigin = "https://viewer.lab.org";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<RenderServerOptions> CreateOptionsAsync() => Task.FromResult(new RenderServerOptions
    {
        Port = 0,
        DataDirectory = _dataDirectory,
        LogLevel = LogLevel.Warning,
        WriteToken = Token,
        AllowedOrigins = [AllowedOrigin],
        MaxRequestBodySize = 64 * 1024,
        Limits = InputLimits.Default with { MaxIdLength = 50 },
    });

    protected override Task DisposeStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>A read-only server.</summary>
public sealed class ReadOnlyServerFixture : ServerFixture
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<RenderServerOptions> CreateOptionsAsync() => Task.FromResult(new RenderServerOptions
    {
        Port = 0,
        DataDirectory = _dataDirectory,
        LogLevel = LogLevel.Warning,
        ReadOnly = true,
    });

    protected override Task DisposeStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
