using Render.Model.Tiles.Validation;

namespace Render.Cli.Commands;

/// <summary>
/// render's TileSpecValidatorParameters: <c>--validator-class</c> (render's TemTileSpecValidator,
/// by its full or simple name) and <c>--validator-data</c>; no class means no validation.
/// </summary>
internal sealed class TileValidatorOptions
{
    public Option<string?> ValidatorClass { get; } = new("--validator-class")
    {
        Description = $"tile validator ({TemTileSpecValidator.JavaClassName}); invalid tiles are left out, each named on standard error",
    };

    public Option<string?> ValidatorData { get; } = new("--validator-data")
    {
        Description = "the validator's settings, e.g. minCoordinate:-500,maxCoordinate:100000,minSize:500,maxSize:10000 (render's defaults otherwise)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ValidatorClass);
        command.Options.Add(ValidatorData);
    }

    /// <summary>The validator the options name, checking local image files as render does; null when none is named.</summary>
    /// <exception cref="ArgumentException">An unknown class or malformed data.</exception>
    public ITileSpecValidator? Resolve(ParseResult parse) =>
        TileSpecValidators.Create(parse.GetValue(ValidatorClass), parse.GetValue(ValidatorData), LocalImageFiles.Problem);
}
