using Render.Server;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render serve</c>: the web service on the embedded store (or PostgreSQL with <c>--db</c>),
/// listening on 127.0.0.1:8080 unless told otherwise, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public const string DatabaseVariable = "RENDER_DB";
    public const string ImageRootsVariable = "RENDER_IMAGE_ROOTS";
    public const string ReadOnlyVariable = "RENDER_READ_ONLY";
    public const string WriteTokenVariable = "RENDER_WRITE_TOKEN";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "TCP port to listen on", DefaultValueFactory = _ => RenderServerOptions.DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var host = new Option<string>("--host") { Description = "address to listen on (127.0.0.1, localhost, * for all)", DefaultValueFactory = _ => "127.0.0.1" };
        var dataDir = new Option<string>("--data-dir") { Description = "folder of the embedded store (created on first run)", DefaultValueFactory = _ => RenderServerOptions.DefaultDataDirectory };
        var db = new Option<string?>("--db") { Description = $"PostgreSQL connection string instead of the embedded store (also ${DatabaseVariable})" };
        var imageRoots = new Option<string[]>("--image-root")
        {
            Description = $"folder the renderer may read images from; repeatable (also ${ImageRootsVariable}, colon-separated)",
            AllowMultipleArgumentsPerToken = false,
        };

        var access = new ServeAccessOptions();
        var command = new Command("serve", "run the render-ws compatible web service") { port, host, dataDir, db, imageRoots };
        access.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new RenderServerOptions
            {
                Port = parse.GetValue(port),
                Host = parse.GetValue(host)!,
                DataDirectory = parse.GetValue(dataDir)!,
                DatabaseConnectionString = parse.GetValue(db) ?? NullIfEmpty(Environment.GetEnvironmentVariable(DatabaseVariable)),
                ImageRoots = ImageRoots(parse.GetValue(imageRoots)),
                LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            };
            options = access.ApplyTo(options, parse);
            return await RunAsync(options, output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static IReadOnlyList<string> ImageRoots(string[]? fromOptions)
    {
        if (fromOptions is { Length: > 0 })
        {
            return fromOptions;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ImageRootsVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? []
            : fromEnvironment.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static async Task<int> RunAsync(RenderServerOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = await RenderServer.CreateAsync(options, cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException or UnauthorizedAccessException
            or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"render serve: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (app.ConfigureAwait(false))
        {
            var store = options.DatabaseConnectionString is null ? $"embedded store in {Path.GetFullPath(options.DataDirectory)}" : "PostgreSQL";
            await output.WriteLineAsync($"render-ws listening on {RenderServer.BaseAddress(app)}render-ws/v1 ({store}); Ctrl+C stops")
                .ConfigureAwait(false);
            await output.WriteLineAsync($"dashboard: {RenderServer.BaseAddress(app)}render-ws/view/").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop gracefully below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
