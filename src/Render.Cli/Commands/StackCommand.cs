using System.Globalization;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary><c>render stack</c>: list, create, state, delete, bounds, clone and rename of stacks through the client.</summary>
internal static class StackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("stack", "list, create, change the state of, delete, measure, clone and rename stacks");
        command.Subcommands.Add(Sub("list", "the stacks of the owner (and project): state, tiles, bounds", output, error, withStack: false, ListAsync));
        command.Subcommands.Add(Sub("create", "create a LOADING stack (or a new version of one)", output, error, withStack: true, (client, id, _, o, ct) =>
            client.Stacks.CreateAsync(id, new StackVersion(), ct)));
        var state = new Argument<string>("state") { Description = "LOADING, COMPLETE, READ_ONLY or OFFLINE" };
        var setState = Sub("state", "set the stack's state", output, error, withStack: true, (client, id, parse, o, ct) =>
            JavaEnumNames<StackState>.TryParse(parse.GetValue(state), out var value)
                ? client.Stacks.SetStateAsync(id, value, ct)
                : throw new ArgumentException($"state must be one of {string.Join(", ", JavaEnumNames<StackState>.Names)}, not '{parse.GetValue(state)}'"));
        setState.Arguments.Add(state);
        command.Subcommands.Add(setState);
        command.Subcommands.Add(Sub("delete", "delete the stack and its tiles", output, error, withStack: true, (client, id, _, o, ct) =>
            client.Stacks.DeleteAsync(id, ct)));
        command.Subcommands.Add(Sub("bounds", "the stack's world bounds as JSON", output, error, withStack: true, async (client, id, _, o, ct) =>
            await o.WriteLineAsync(RenderJson.Serialize(await client.Stacks.GetBoundsAsync(id, ct).ConfigureAwait(false))).ConfigureAwait(false)));
        command.Subcommands.Add(Clone(output, error));
        command.Subcommands.Add(Rename(output, error));
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

    /// <summary>
    /// render-python's <c>clone_stack</c>: the tiles (of some layers, or all) and the shared
    /// transforms copied into a LOADING stack of the same owner, then optionally set COMPLETE
    /// (render-python's <c>close_stack</c>, render's <c>completeToStackAfterCopy</c>).
    /// </summary>
    private static Command Clone(TextWriter output, TextWriter error)
    {
        var target = new TargetStackOptions("the new stack (created, or a LOADING one added to)");
        var zs = new Option<string[]>("--z") { Description = "only these layers; repeatable or comma-separated (default: all)", AllowMultipleArgumentsPerToken = true };
        var skipTransforms = new Option<bool>("--skip-transforms") { Description = "copy the tiles without the shared transforms" };
        var complete = new Option<bool>("--complete") { Description = "set the new stack COMPLETE afterwards" };
        var command = Sub("clone", "copy the stack, or some of its layers, into another stack", output, error, withStack: true, async (client, source, parse, o, ct) =>
        {
            var destination = target.Of(source, parse);
            var zValues = parse.GetValue(zs) is { Length: > 0 } values ? ZValues.Parse(values) : null;
            // render-python sends an empty version; the source's keeps the resolutions and mipmap paths with the copy.
            var version = (await client.Stacks.GetMetaDataAsync(source, ct).ConfigureAwait(false)).CurrentVersion;
            await client.Stacks.CloneAsync(source, destination, new CloneStackOptions(zValues, parse.GetValue(skipTransforms), version), ct).ConfigureAwait(false);
            if (parse.GetValue(complete))
            {
                await client.Stacks.SetStateAsync(destination, StackState.Complete, ct).ConfigureAwait(false);
            }

            await o.WriteLineAsync($"cloned {source.Project}/{source.Stack} to {destination.Project}/{destination.Stack}{(parse.GetValue(complete) ? " (COMPLETE)" : string.Empty)}").ConfigureAwait(false);
        });
        target.AddTo(command);
        command.Options.Add(zs);
        command.Options.Add(skipTransforms);
        command.Options.Add(complete);
        return command;
    }

    /// <summary>render-python's <c>rename_stack</c>: a new name, a new project, or both.</summary>
    private static Command Rename(TextWriter output, TextWriter error)
    {
        var target = new TargetStackOptions("the new name");
        var command = Sub("rename", "rename the stack or move it to another project", output, error, withStack: true, async (client, source, parse, o, ct) =>
        {
            var destination = target.Of(source, parse);
            await client.Stacks.RenameAsync(source, destination, ct).ConfigureAwait(false);
            await o.WriteLineAsync($"renamed {source.Project}/{source.Stack} to {destination.Project}/{destination.Stack}").ConfigureAwait(false);
        });
        target.AddTo(command);
        return command;
    }

    private static async Task ListAsync(RenderClient client, StackId scope, ParseResult parse, TextWriter output, CancellationToken cancellationToken)
    {
        var stacks = await client.Stacks.GetMetaDataByOwnerAsync(scope.Owner, cancellationToken).ConfigureAwait(false);
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

    /// <summary><c>--to</c> and <c>--to-project</c>: the stack a clone or rename goes to, in the source's owner.</summary>
    private sealed class TargetStackOptions(string description)
    {
        private readonly Option<string> _stack = new("--to") { Description = description, Required = true };
        private readonly Option<string?> _project = new("--to-project") { Description = "its project (default: the source's)" };

        public void AddTo(Command command)
        {
            command.Options.Add(_stack);
            command.Options.Add(_project);
        }

        /// <summary>
        /// The target, checked against render's name rules here: render-ws checks a rename's body
        /// only as JSON, and a stack renamed to a name its paths refuse could not be reached again.
        /// </summary>
        public StackId Of(StackId source, ParseResult parse) =>
            StackId.Create(source.Owner, parse.GetValue(_project) ?? source.Project, parse.GetValue(_stack)).GetValueOrThrow();
    }
}
