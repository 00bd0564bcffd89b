using Render.Cli.Commands;

namespace Render.Cli;

/// <summary>The <c>render</c> command and its subcommands.</summary>
internal static class RenderCommandLine
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("render: tile metadata, point matches and rendering for electron-microscopy volumes (render-ws compatible)");
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(SectionCommand.Create(output, error));
        root.Subcommands.Add(StackCommand.Create(output, error));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(TransformChangesCommand.Create(output, error));
        root.Subcommands.Add(TransformSectionCommand.Create(output, error));
        root.Subcommands.Add(MatchCommand.Create(output, error));
        root.Subcommands.Add(CoordinatesCommand.Create(output, error));
        root.Subcommands.Add(TilePairsCommand.Create(output, error));
        root.Subcommands.Add(PointMatchCommand.Create(output, error));
        root.Subcommands.Add(ImageCommand.Create(output, error));
        root.Subcommands.Add(ValidateTilesCommand.Create(output, error));
        root.Subcommands.Add(MipmapsCommand.Create(output, error));
        root.Subcommands.Add(BoxesCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(SolveCommand.Create(output, error));
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Build(output, error).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
