using Render.Client;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 1, connecting: render-python's <c>renderapi.connect()</c> reads the server and the
/// default owner and project from the environment, and <c>get_owners</c>,
/// <c>get_projects_by_owner</c> and <c>get_stacks_by_owner_project</c> list what is there.
/// </summary>
public static class ConnectChapter
{
    /// <summary>
    /// A client of the server named by <c>RENDER_HOST</c>, <c>RENDER_PORT</c>, <c>RENDER_OWNER</c> and
    /// <c>RENDER_PROJECT</c>, looked up with <paramref name="variables"/> (the process environment in
    /// the program, a dictionary in the tests).
    /// </summary>
    /// <exception cref="InvalidOperationException">The host, owner or project is not set, or the port is not a number.</exception>
    public static RenderClient Connect(Func<string, string?> variables, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);

        // render-python prompts on the terminal for whatever is missing; a C# program cannot, so
        // FromEnvironment throws instead, and so do we for the owner and project the guide needs.
        var connection = RenderConnection.FromEnvironment(variables);
        if (connection.Owner is null || connection.Project is null)
        {
            throw new InvalidOperationException("the guide needs a default owner and project: set RENDER_OWNER and RENDER_PROJECT");
        }

        log.WriteLine($"connected to {connection.ApiBase} as owner '{connection.Owner}', project '{connection.Project}'");

        // One client per program: it pools its connections and is safe to share between tasks.
        return new RenderClient(connection);
    }

    /// <summary>Lists the owners, the owner's projects and the project's stacks.</summary>
    public static async Task<ServerListing> RunAsync(RenderClient client, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 1. Connect");

        // renderapi.render.get_owners(render=r)
        var owners = await client.Stacks.GetOwnersAsync(cancellationToken);

        // renderapi.render.get_projects_by_owner(render=r): the connection's owner when none is named.
        var projects = await client.Stacks.GetProjectsAsync(cancellationToken: cancellationToken);

        // renderapi.render.get_stacks_by_owner_project(render=r)
        var stacks = await client.Stacks.GetIdsAsync(project: client.Connection.Project, cancellationToken: cancellationToken);

        log.WriteLine($"{owners.Count} owners: {string.Join(", ", owners)}");
        log.WriteLine($"{projects.Count} projects of {client.Connection.Owner}: {string.Join(", ", projects)}");
        log.WriteLine($"{stacks.Count} stacks in {client.Connection.Project}: {string.Join(", ", stacks.Select(stack => stack.Stack))}");
        return new ServerListing(owners, projects, stacks);
    }
}
