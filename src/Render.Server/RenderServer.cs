using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Render.Imaging.Codecs.Loading;
using Render.Server.Endpoints;
using Render.Server.Errors;
using Render.Server.Security;
using Render.Storage;
using Render.Storage.Postgres;
using Render.Storage.Sqlite;

namespace Render.Server;

/// <summary>
/// The composition root: builds the web application for the chosen store, with render-ws's wire
/// conventions and every route, under <see cref="ApiBase"/>.
/// </summary>
public static class RenderServer
{
    /// <summary>Where the API lives (render-ws's WAR context plus its v1 prefix).</summary>
    public const string ApiBase = "/render-ws/v1";

    /// <summary>The stack-scoped path prefix, render's <c>{S}</c>.</summary>
    public const string StackPath = "/owner/{owner}/project/{project}/stack/{stack}";

    /// <summary>The OpenAPI description of the API.</summary>
    public const string OpenApiPath = "/render-ws/openapi/v1.json";

    /// <summary>Builds the application and prepares its store; start it with <c>StartAsync</c> or <c>RunAsync</c>.</summary>
    public static async Task<WebApplication> CreateAsync(RenderServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Checked before the store opens: a bad limit leaves nothing behind.
        var trialGate = new MatchTrialGate(options);
        var store = CreateStore(options);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // An unreachable database server, for example: no pool is left behind.
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // No configuration files are read, so none are watched: a watcher on the working directory
        // (the default content root) would wake on every write to a data folder beneath it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Imports of tens of thousands of tiles arrive in one body; beyond the limit, 413.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            Listen(kestrel, options.Host, options.Port);
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TileReader>();
        builder.Services.AddSingleton<CoordinateService>();
        builder.Services.AddSingleton<MatchService>();
        builder.Services.AddSingleton<AlignmentQualityService>();
        builder.Services.AddSingleton<DashboardFiles>();
        // One image policy, loader and cache for the whole server: image requests and match trials
        // read through the same roots and share decoded images (the middleware sets the same policy
        // as the ambient one for code without a loader, such as tile validation).
        builder.Services.AddSingleton(new ImageAccessPolicy([.. options.ImageRoots, options.DataDirectory]));
        builder.Services.AddSingleton(services => new TileImageLoader(services.GetRequiredService<ImageAccessPolicy>(), new ImageCache()));
        builder.Services.AddSingleton<ImageRenderService>();
        builder.Services.AddSingleton<MatchTrialRunner>();
        builder.Services.AddSingleton(_ => trialGate);

        // Per request: the stack row is read once and shared by the services that read it.
        builder.Services.AddScoped<RequestStacks>();
        builder.Services.AddScoped<StackService>();
        builder.Services.AddScoped<StackDataService>();
        builder.Services.AddScoped<TileImportService>();
        builder.Services.AddScoped<RenderParametersService>();
        builder.Services.AddScoped<LayoutFileService>();
        builder.Services.AddScoped<LargeDataTileService>();
        builder.Services.AddScoped<ImageService>();
        builder.Services.AddScoped<TrialCanvasSource>();
        builder.Services.AddScoped<MatchTrialService>();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddCors();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider, RenderCorsPolicyProvider>();

        var app = builder.Build();
        app.UseMiddleware<ErrorResponses>();
        app.UseMiddleware<WriteProtection>();
        app.UseMiddleware<RequestPolicies>();
        app.UseMiddleware<TrailingSlash>();
        app.UseRouting();
        app.UseCors();

        var api = app.MapGroup(ApiBase);
        api.MapStackEndpoints();
        api.MapRenderDataEndpoints();
        api.MapTileEndpoints();
        api.MapCoordinateEndpoints();
        api.MapMatchEndpoints();
        api.MapMatchTrialEndpoints();
        api.MapAlignmentEndpoints();
        api.MapImageEndpoints();
        api.MapServiceEndpoints();
        app.MapOpenApi("/render-ws/openapi/{documentName}.json");
        app.MapDashboardEndpoints();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }

    /// <summary>The base URL the started application answers on (with the actual port when 0 was asked).</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal));
    }

    private static IRenderStore CreateStore(RenderServerOptions options) =>
        options.DatabaseConnectionString is null
            ? new SqliteRenderStore(options.DataDirectory)
            : new PostgresRenderStore(options.DatabaseConnectionString);

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, string host, int port)
    {
        if (host is "localhost")
        {
            kestrel.ListenLocalhost(port);
        }
        else if (host is "*" or "0.0.0.0" or "::")
        {
            kestrel.ListenAnyIP(port);
        }
        else if (IPAddress.TryParse(host, out var address))
        {
            kestrel.Listen(address, port);
        }
        else
        {
            throw new ArgumentException($"--host must be an IP address, 'localhost' or '*', not '{host}'");
        }
    }
}
