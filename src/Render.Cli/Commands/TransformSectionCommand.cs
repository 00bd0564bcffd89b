using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render transform-section</c>: render's TransformSectionClient without Java. One shared transform
/// (id, class, data) is added to every tile of the given layers, after each tile's transforms or in
/// place of the last one (<c>--replace-last</c>), and the layers are saved to the target stack (the
/// source itself by default) with their boxes derived again.
/// </summary>
internal static class TransformSectionCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "source stack", Required = true };
        var target = new Option<string?>("--target-stack") { Description = "stack the changed layers go to (default: the source; created LOADING when missing)" };
        var targetProject = new Option<string?>("--target-project") { Description = "the target's project (default: the source's)" };
        var id = new Option<string>("--transform-id") { Description = "id of the shared transform the tiles will refer to", Required = true };
        var className = new Option<string>("--transform-class") { Description = "the transform's class name, e.g. mpicbg.trakem2.transform.AffineModel2D", Required = true };
        var data = new Option<string>("--transform-data") { Description = "the transform's data string (commas may stand for spaces, as render's client expects)", Required = true };
        var replaceLast = new Option<bool>("--replace-last") { Description = "replace each tile's last transform instead of appending" };
        var complete = new Option<bool>("--complete") { Description = "set the target stack COMPLETE afterwards" };
        var zValues = new Argument<double[]>("z") { Description = "the layers to change", Arity = ArgumentArity.OneOrMore };
        var command = new Command("transform-section", "add one shared transform to every tile of some layers")
        {
            stack, target, targetProject, id, className, data, replaceLast, complete, zValues,
        };
        ClientCommandAction.Set(command, "transform-section", error, async (client, connection, parse, cancellationToken) =>
        {
            var source = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var destination = source with
            {
                Project = parse.GetValue(targetProject) ?? source.Project,
                Stack = parse.GetValue(target) ?? source.Stack,
            };

            // render's client takes the data string with commas for spaces, so that a shell passes it as one word.
            var transform = new LeafTransformSpec(parse.GetValue(className)!, parse.GetValue(data)!.Replace(',', ' ')) { Id = parse.GetValue(id) };
            var count = await ImportProgressBar.RunAsync(output, $"{source.Stack} -> {destination.Stack}", progress =>
                client.Tiles.AddTransformToLayersAsync(
                    source, destination, transform, parse.GetValue(zValues)!, parse.GetValue(replaceLast),
                    new TileImportOptions { CompleteStack = parse.GetValue(complete), Progress = progress }, cancellationToken)).ConfigureAwait(false);
            await output.WriteLineAsync($"added {transform.Id} to {count} tiles of {source.Stack} into {destination.Stack}").ConfigureAwait(false);
        });
        return command;
    }
}
