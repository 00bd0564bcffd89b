using System.Globalization;
using Render.Imaging.Codecs.Loading;

namespace Render.Cli.Commands;

/// <summary>The options of <c>render section</c>: render's RenderSectionClient parameters in kebab-case, plus <c>--out</c> and <c>--image-root</c>.</summary>
internal sealed class SectionOptions
{
    private readonly Option<string> _stack = new("--stack") { Description = "stack name", Required = true };
    private readonly Option<string[]> _zs = new("--z") { Description = "layer(s) to render; repeatable or comma-separated (or give them as arguments)", AllowMultipleArgumentsPerToken = true };
    private readonly Argument<string[]> _zArguments = new("z-values") { Description = "layer(s) to render", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<double> _scale = new("--scale") { Description = "output pixels per world pixel", DefaultValueFactory = _ => 0.02 };
    private readonly Option<string?> _bounds = new("--bounds") { Description = "world box minX,minY,maxX,maxY for every layer (default: each layer's bounds)" };
    private readonly Option<bool> _useStackBounds = new("--use-stack-bounds") { Description = "render the stack's bounds instead of each layer's" };
    private readonly Option<string> _format = new("--format") { Description = "png, jpg, tif (their name is the extension), png16 or tif16", DefaultValueFactory = _ => "png" };
    private readonly Option<string?> _out = new("--out") { Description = "output folder for {z}.{format} files (default: the current folder, unless --root-directory)" };
    private readonly Option<string?> _root = new("--root-directory") { Description = "render's layout: [root]/[project]/[stack]/sections_at_[scale]/000/1/123.0.png" };
    private readonly Option<string?> _customOutput = new("--custom-output-folder") { Description = "with --root-directory: put every file in [root]/[this folder] instead" };
    private readonly Option<string?> _customSub = new("--custom-sub-folder") { Description = "a folder inside --custom-output-folder" };
    private readonly Option<bool> _pad = new("--pad-file-names-with-zeros") { Description = "name files by the z's integer part padded to five digits (00123.png)" };
    private readonly Option<double?> _minIntensity = new("--min-intensity") { Description = "intensity drawn black (default: each tile's)" };
    private readonly Option<double?> _maxIntensity = new("--max-intensity") { Description = "intensity drawn white (default: each tile's)" };
    private readonly Option<string?> _channels = new("--channels") { Description = "channel(s) and weights, e.g. DAPI or DAPI__0.7__TdTomato__0.3" };
    private readonly Option<bool?> _doFilter = new("--do-filter") { Description = "apply render's default filter (default: the service's parameters; render's client uses true)" };
    private readonly Option<string?> _filterListName = new("--filter-list-name") { Description = "a named filter list for every tile" };
    private readonly Option<bool?> _fillWithNoise = new("--fill-with-noise") { Description = "fill the background with noise (render's client default is true)" };
    private readonly Option<bool> _convertToGray = new("--convert-to-gray") { Description = "save PNG and JPEG as 8-bit grey, as render's client always does", DefaultValueFactory = _ => true };
    private readonly Option<string?> _resolutionUnit = new("--resolution-unit") { Description = "with tif: write the stack's resolution over the scale in this unit (e.g. nm) into the TIFF" };
    private readonly Option<string[]> _imageRoots = new("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            _stack, _zs, _scale, _bounds, _useStackBounds, _format, _out, _root, _customOutput, _customSub, _pad, _minIntensity, _maxIntensity,
            _channels, _doFilter, _filterListName, _fillWithNoise, _convertToGray, _resolutionUnit, _imageRoots,
        })
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(_zArguments);
    }

    /// <exception cref="ArgumentException">A value is out of range or options conflict.</exception>
    public SectionRequest Resolve(ParseResult parse, RenderConnection connection)
    {
        var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(_stack)!);
        var zs = ZValues.Parse([.. parse.GetValue(_zs) ?? [], .. parse.GetValue(_zArguments) ?? []]);
        var scale = parse.GetValue(_scale);
        if (zs.Count == 0)
        {
            throw new ArgumentException("no layers: give z values as arguments or with --z");
        }

        if (!double.IsFinite(scale) || scale <= 0 || scale > 1)
        {
            throw new ArgumentException($"--scale must be above 0 and at most 1, not {scale.ToString(CultureInfo.InvariantCulture)}");
        }

        var file = RenderedImageFile.Parse(parse.GetValue(_format)!);
        var paths = parse.GetValue(_root) is { } root
            ? parse.GetValue(_out) is null
                ? SectionPaths.Under(root, stackId, scale, parse.GetValue(_customOutput), parse.GetValue(_customSub), parse.GetValue(_pad), file.Extension)
                : throw new ArgumentException("--out and --root-directory both name the output: give one")
            : parse.GetValue(_customOutput) is null && parse.GetValue(_customSub) is null
                ? SectionPaths.Flat(parse.GetValue(_out) ?? ".", parse.GetValue(_pad), file.Extension)
                : throw new ArgumentException("--custom-output-folder and --custom-sub-folder are folders under --root-directory: give it too");
        var roots = parse.GetValue(_imageRoots) ?? [];
        return new SectionRequest(
            stackId, zs, scale, SectionBounds.Parse(parse.GetValue(_bounds)), parse.GetValue(_useStackBounds), file, paths,
            new RenderQuery { MinIntensity = parse.GetValue(_minIntensity), MaxIntensity = parse.GetValue(_maxIntensity), FilterListName = parse.GetValue(_filterListName) },
            parse.GetValue(_channels), parse.GetValue(_doFilter), parse.GetValue(_fillWithNoise), parse.GetValue(_convertToGray), parse.GetValue(_resolutionUnit),
            roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile);
    }
}
