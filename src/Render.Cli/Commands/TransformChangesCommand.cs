using System.CommandLine;
using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render transform-changes</c>: render's ImportTransformChangesClient without Java. The tiles a
/// <c>[{tileId, transform}]</c> file names are read from the source stack with its shared
/// transforms, changed (APPEND, REPLACE_LAST or REPLACE_ALL) and saved to the target stack, whose
/// boxes the service derives again.
/// </summary>
internal static class TransformChangesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var connection = new ConnectionOptions();
        var stack = new Option<string>("--stack") { Description = "source stack", Required = true };
        var target = new Option<string>("--target-stack") { Description = "stack the changed tiles go to (created LOADING when missing)", Required = true };
        var targetProject = new Option<string?>("--target-project") { Description = "the target's project (default: the source's)" };
        var file = new Option<FileInfo>("--transform-file") { Description = "JSON array of {tileId, transform}", Required = true };
        var mode = new Option<string>("--change-mode") { Description = "APPEND, REPLACE_LAST or REPLACE_ALL", DefaultValueFactory = _ => "REPLACE_LAST" };
        var complete = new Option<bool>("--complete") { Description = "set the target stack COMPLETE afterwards" };
        var command = new Command("transform-changes", "apply a transform-changes file to a stack's tiles into a target stack")
        {
            stack, target, targetProject, file, mode, complete,
        };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var resolved = connection.Resolve(parse);
                if (!JavaEnumNames<TransformChangeMode>.TryParse(parse.GetValue(mode), out var changeMode))
                {
                    throw new ArgumentException($"--change-mode must be one of {string.Join(", ", JavaEnumNames<TransformChangeMode>.Names)}, not '{parse.GetValue(mode)}'");
                }

                var changes = RenderJson.Parse<List<TileTransform>>(File.ReadAllBytes(parse.GetValue(file)!.FullName)).GetValueOrThrow();
                using var client = new RenderClient(resolved);
                var source = ConnectionOptions.StackOf(resolved, parse.GetValue(stack)!);
                var destination = source with { Project = parse.GetValue(targetProject) ?? source.Project, Stack = parse.GetValue(target)! };
                var count = await ApplyAsync(client, source, destination, changes, changeMode, parse.GetValue(complete), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"changed {count} tiles of {source.Stack} into {destination.Stack}").ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or RenderException or HttpRequestException or IOException)
            {
                await error.WriteLineAsync($"render transform-changes: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> ApplyAsync(
        RenderClient client, StackId source, StackId target, List<TileTransform> changes, TransformChangeMode mode, bool complete, CancellationToken cancellationToken)
    {
        var ids = TransformChanges.TileIds(changes);
        var stored = await client.GetResolvedTilesAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
        var missing = ids.Where(id => !stored.TileIdToSpecMap.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"{missing.Count} tile(s) of the changes are not in {source.Stack}, e.g. {missing[0]}");
        }

        var changed = TransformChanges.ApplyAll(stored.TileIdToSpecMap.Values, changes, mode);
        var sourceMeta = await client.GetStackMetaDataAsync(source, cancellationToken).ConfigureAwait(false);
        await ImportCommand.OpenForLoadingAsync(client, target, sourceMeta.CurrentVersion ?? new StackVersion(), cancellationToken).ConfigureAwait(false);

        var tiles = changed.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal);
        await client.SaveResolvedTilesAsync(target, new ResolvedTileSpecCollection(stored.TransformIdToSpecMap, tiles), deriveData: true, cancellationToken).ConfigureAwait(false);
        if (complete)
        {
            await client.SetStackStateAsync(target, StackState.Complete, cancellationToken).ConfigureAwait(false);
        }

        return changed.Count;
    }
}
