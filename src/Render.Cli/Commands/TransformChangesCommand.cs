using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render transform-changes</c>: render's ImportTransformChangesClient without Java. The layers
/// holding the tiles a <c>[{tileId, transform}]</c> file names are read from the source stack with
/// their shared transforms, the named tiles changed (APPEND, REPLACE_LAST or REPLACE_ALL), their
/// boxes derived again, and saved to the target stack.
/// </summary>
internal static class TransformChangesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
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
        ClientCommandAction.Set(command, "transform-changes", error, async (client, connection, parse, cancellationToken) =>
        {
            if (!JavaEnumNames<TransformChangeMode>.TryParse(parse.GetValue(mode), out var changeMode))
            {
                throw new ArgumentException($"--change-mode must be one of {string.Join(", ", JavaEnumNames<TransformChangeMode>.Names)}, not '{parse.GetValue(mode)}'");
            }

            var changes = JsonInputFile.Read<List<TileTransform>>(parse.GetValue(file)!);
            var source = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var destination = source with { Project = parse.GetValue(targetProject) ?? source.Project, Stack = parse.GetValue(target)! };
            var count = await ImportProgressBar.RunAsync(output, $"{source.Stack} -> {destination.Stack}", progress =>
                client.Tiles.ApplyTransformChangesAsync(
                    source, destination, changes, changeMode, new TileImportOptions { CompleteStack = parse.GetValue(complete), Progress = progress }, cancellationToken)).ConfigureAwait(false);
            await output.WriteLineAsync($"changed {count} tiles of {source.Stack} into {destination.Stack}").ConfigureAwait(false);
        });
        return command;
    }
}
