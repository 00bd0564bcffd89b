using System.CommandLine;
using Render.Client;

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
        string? Variable(string name) => Environment.GetEnvironmentVariable("RENDER_" + name) ?? Environment.GetEnvironmentVariable("DEFAULT_RENDER_" + name);
        var environment = Variable("HOST") is null
            ? new RenderConnection("127.0.0.1", 8080, Variable("OWNER"), Variable("PROJECT"))
            : RenderConnection.FromEnvironment();
        return environment with
        {
            Host = parse.GetValue(Host) ?? environment.Host,
            Port = parse.GetValue(Port) ?? environment.Port ?? 8080,
            Owner = parse.GetValue(Owner) ?? environment.Owner,
            Project = parse.GetValue(Project) ?? environment.Project,
        };
    }
}
