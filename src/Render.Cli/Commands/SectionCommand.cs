namespace Render.Cli.Commands;

/// <summary>
/// <c>render section</c>: render's RenderSectionClient. Whole layers (or one box of each) of a stack
/// rendered at a scale, each layer's parameters read through the client and rendered in this process
/// from the local image files, one file per z: in render's layout under <c>--root-directory</c>
/// (<c>[root]/[project]/[stack]/sections_at_[scale]/000/1/123.0.png</c>, or a custom folder), or
/// flat in <c>--out</c>. 8-bit images are saved as render saves them (grey PNG and JPEG, RGB TIFF,
/// calibrated with <c>--resolution-unit</c>); every file is written whole under a temporary name first.
/// </summary>
internal static class SectionCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var o = new SectionOptions();
        var command = new Command("section", "render section images of a stack into a folder (render's RenderSectionClient)");
        o.AddTo(command);
        ClientCommandAction.Set(command, "section", error, (client, connection, parse, cancellationToken) =>
            new SectionRun(client, o.Resolve(parse, connection), output).RunAsync(cancellationToken));
        return command;
    }
}
