using System.CommandLine;
using System.Globalization;
using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary><c>render stack</c>: list, create, state, delete and bounds of stacks through the client.</summary>
internal static class StackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("stack", "list, create, change the state of, delete and measure stacks");
        command.Subcommands.Add(Sub("list", "the stacks of the owner (and project): state, tiles, bounds", output, error, withStack: false, ListAsync));
        command.Subcommands.Add(Sub("create", "create a LOADING stack (or a new version of one)", output, error, withStack: true, (client, id, _, o, ct) =>
            client.CreateStackAsync(id, new StackVersion(), ct)));
        var state = new Argument<string>("state") { Description = "LOADING, COMPLETE, READ_ONLY or OFFLINE" };
        var setState = Sub("state", "set the stack's state", output, error, withStack: true, (client, id, parse, o, ct) =>
            JavaEnumNames<StackState>.TryParse(parse.GetValue(state), out var value)
                ? client.SetStackStateAsync(id, value, ct)
                : throw new ArgumentException($"state must be one of {string.Join(", ", JavaEnumNames<StackState>.Names)}, not '{parse.GetValue(state)}'"));
        setState.Arguments.Add(state);
        command.Subcommands.Add(setState);
        command.Subcommands.Add(Sub("delete", "delete the stack and its tiles", output, error, withStack: true, (client, id, _, o, ct) =>
            client.DeleteStackAsync(id, ct)));
        command.Subcommands.Add(Sub("bounds", "the stack's world bounds as JSON", output, error, withStack: true, async (client, id, _, o, ct) =>
            await o.WriteLineAsync(RenderJson.Serialize(await client.GetStackBoundsAsync(id, ct).ConfigureAwait(false))).ConfigureAwait(false)));
        return command;
    }

    private delegate Task StackAction(RenderClient client, StackId stackId, ParseResult parse, TextWriter output, CancellationToken cancellationToken);

    private static Command Sub(string name, string description, TextWriter output, TextWriter error, bool withStack, StackAction action)
    {
        var stack = new Option<string>("--stack") { Description = "stack name", Required = withStack };
        var command = new Command(name, description);
        if (withStack)
        {
            command.Options.Add(stack);
        }

        ClientCommandAction.Set(command, $"stack {name}", error, (client, connection, parse, cancellationToken) =>
        {
            // A listing needs an owner only; an empty project lists all of the owner's stacks.
            var scope = withStack ? connection : connection with { Project = connection.Project ?? string.Empty };
            var stackId = ConnectionOptions.StackOf(scope, parse.GetValue(stack) ?? string.Empty);
            return action(client, stackId, parse, output, cancellationToken);
        });
        return command;
    }

    private static async Task ListAsync(RenderClient client, StackId scope, ParseResult parse, TextWriter output, CancellationToken cancellationToken)
    {
        var stacks = await client.GetStackMetaDataByOwnerAsync(scope.Owner, cancellationToken).ConfigureAwait(false);
        foreach (var meta in stacks.Where(meta => scope.Project.Length == 0 || meta.StackId.Project == scope.Project)
                     .OrderBy(meta => meta.StackId.Project, StringComparer.Ordinal).ThenBy(meta => meta.StackId.Stack, StringComparer.Ordinal))
        {
            var stats = meta.Stats;
            var bounds = stats?.StackBounds is { } b
                ? string.Create(CultureInfo.InvariantCulture, $"x {b.MinX}..{b.MaxX} y {b.MinY}..{b.MaxY} z {b.MinZ}..{b.MaxZ}")
                : "-";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{meta.StackId.Project}\t{meta.StackId.Stack}\t{JavaEnumNames<StackState>.NameOf(meta.State)}\ttiles {stats?.TileCount?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{bounds}")).ConfigureAwait(false);
        }
    }
}
