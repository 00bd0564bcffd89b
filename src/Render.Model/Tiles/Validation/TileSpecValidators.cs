namespace Render.Model.Tiles.Validation;

/// <summary>render's TileSpecValidatorParameters: the validator a <c>--validatorClass</c> and <c>--validatorData</c> name.</summary>
public static class TileSpecValidators
{
    /// <summary>
    /// The validator of <paramref name="className"/> (render's full class name, or its simple name)
    /// set up from <paramref name="dataString"/> (render's defaults when null), or null when no class is named.
    /// </summary>
    /// <exception cref="ArgumentException">The class is not one this implementation has, or the data is malformed.</exception>
    public static ITileSpecValidator? Create(string? className, string? dataString, ImageFileCheck? files = null)
    {
        if (string.IsNullOrWhiteSpace(className))
        {
            return null;
        }

        return className.Trim() is TemTileSpecValidator.JavaClassName or nameof(TemTileSpecValidator)
            ? TemTileSpecValidator.Parse(dataString, files)
            : throw new ArgumentException($"validatorClass '{className}' cannot be found (supported: {TemTileSpecValidator.JavaClassName})");
    }
}
