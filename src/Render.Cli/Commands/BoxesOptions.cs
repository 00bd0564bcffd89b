using Render.Export.Boxes;
using Render.Export.Files;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>The options of <c>render boxes</c>: render's MaterializedBoxParameters in kebab-case.</summary>
internal sealed class BoxesOptions
{
    public Option<string> Stack { get; } = new("--stack") { Description = "stack name", Required = true };

    public Argument<string[]> Zs { get; } = new("z") { Description = "the layers", Arity = ArgumentArity.OneOrMore };

    public Option<string?> FilterListName { get; } = new("--filter-list-name") { Description = "a named filter list for every tile" };

    public Option<string[]> ImageRoots { get; } = new("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };

    private Option<string> Root { get; } = new("--root-directory") { Description = "boxes go under [root]/[project]/[stack]/[width]x[height]", Required = true };

    private Option<int> Width { get; } = new("--width") { Description = "box width in pixels", Required = true };

    private Option<int> Height { get; } = new("--height") { Description = "box height in pixels", Required = true };

    private Option<int> MaxLevel { get; } = new("--max-level") { Description = "highest level, each the 2x2 average of the one below (default 0: level 0 only)" };

    private Option<string> Format { get; } = new("--format") { Description = "png, jpg or tif", DefaultValueFactory = _ => "png" };

    private Option<bool> ConvertToGray { get; } = new("--convert-to-gray") { Description = "save 8-bit grey", DefaultValueFactory = _ => true };

    private Option<int?> Overview { get; } = new("--max-overview-width-and-height", "--overview") { Description = "size of the layer overview small/[z] (omit or 0 for none)" };

    private Option<bool> DoFilter { get; } = new("--do-filter") { Description = "apply render's default filter" };

    private Option<bool> SkipInterpolation { get; } = new("--skip-interpolation") { Description = "nearest neighbour instead of bilinear" };

    private Option<bool> BinaryMask { get; } = new("--binary-mask") { Description = "draw only fully opaque mask pixels" };

    private Option<bool> Force { get; } = new("--force-generation") { Description = "rewrite boxes that exist" };

    private Option<bool> Label { get; } = new("--label")
    {
        Description = "draw each tile in its own 16-bit label colour (render's LabelImageProcessorCache) into [w]x[h]-label, for DMG; png or tif, no overview, higher levels pick one pixel of each 2x2",
    };

    private Option<bool> CreateIGrid { get; } = new("--create-igrid", "--create-i-grid") { Description = "also write 0/iGrid/[z].iGrid listing each layer's level-0 boxes (render's IGridPaths)" };

    private Option<bool> SortByClusterGroupId { get; } = new("--sort-by-cluster-group-id")
    {
        Description = "draw tiles by groupId descending, then tileId, so that larger clusters (smaller groupIds) end on top",
    };

    private Option<int> Threads { get; } = new("--threads") { Description = "boxes rendered at once (default: one per processor)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Stack, Root, Width, Height, MaxLevel, Format, ConvertToGray, Overview, DoFilter, FilterListName, SkipInterpolation, BinaryMask, Label, CreateIGrid, SortByClusterGroupId, Force, Threads, ImageRoots,
        })
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(Zs);
    }

    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public BoxOptions Resolve(ParseResult parse, StackId stackId) => new(
        parse.GetValue(Root)!, stackId.Project, stackId.Stack, parse.GetValue(Width), parse.GetValue(Height), parse.GetValue(MaxLevel),
        ImageFileFormats.Parse(parse.GetValue(Format)!), parse.GetValue(ConvertToGray), parse.GetValue(Overview), parse.GetValue(Force),
        parse.GetValue(DoFilter), parse.GetValue(SkipInterpolation), parse.GetValue(BinaryMask), parse.GetValue(Threads),
        parse.GetValue(Label), parse.GetValue(CreateIGrid), parse.GetValue(SortByClusterGroupId));
}
