using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// The options naming a render-ws service and the default owner and project: <c>--host</c>,
/// <c>--port</c>, <c>--owner</c>, <c>--project</c>, each defaulting to render-python's environment
/// variables (<c>RENDER_HOST</c>..., or the old <c>DEFAULT_RENDER_*</c> names), and to the local
/// service on 127.0.0.1:8080 when nothing is set.
/// </summary>
internal sealed class ConnectionOptions
{
    public Option<string?> Host { get; } = new("--host") { Description = "render-ws host (default: RENDER_HOST, else 127.0.0.1)" };

    public Option<int?> Port { get; } = new("--port") { Description = "render-ws port (default: RENDER_PORT, else 8080)" };

    public Option<string?> Owner { get; } = new("--owner") { Description = "owner (default: RENDER_OWNER)" };

    public Option<string?> Project { get; } = new("--project") { Description = "project (default: RENDER_PROJECT)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Host);
        command.Options.Add(Port);
        command.Options.Add(Owner);
        command.Options.Add(Project);
    }

    /// <summary>The connection from the options, then the environment, then the local defaults.</summary>
    public RenderConnection Resolve(ParseResult parse)
    {
        // The local service is the last fallback, after both of render-python's variable names.
        var environment = RenderConnection.FromEnvironment(name => Environment.GetEnvironmentVariable(name) ?? name switch
        {
            "DEFAULT_RENDER_HOST" => "127.0.0.1",
            "DEFAULT_RENDER_PORT" => "8080",
            _ => null,
        });
        return environment with
        {
            Host = parse.GetValue(Host) ?? environment.Host,
            Port = parse.GetValue(Port) ?? environment.Port,
            Owner = parse.GetValue(Owner) ?? environment.Owner,
            Project = parse.GetValue(Project) ?? environment.Project,
        };
    }

    /// <summary>Stack <paramref name="stack"/> of the connection's owner and project, which must be known.</summary>
    public static StackId StackOf(RenderConnection connection, string stack) => new(
        OwnerOf(connection),
        connection.Project ?? throw new ArgumentException("no project: use --project or set RENDER_PROJECT"),
        stack);

    /// <summary>
    /// Match collection <paramref name="name"/> of the connection's owner (render-python's match
    /// owner is its stack owner), checked against render's name rules before any request.
    /// </summary>
    public static MatchCollectionId CollectionOf(RenderConnection connection, string name) =>
        MatchCollectionId.Create(OwnerOf(connection), name).GetValueOrThrow();

    /// <summary>The connection's owner, which must be known.</summary>
    public static string OwnerOf(RenderConnection connection) =>
        connection.Owner ?? throw new ArgumentException("no owner: use --owner or set RENDER_OWNER");
}
