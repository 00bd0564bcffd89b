namespace Render.Model.Tiles.Validation;

/// <summary>
/// render's TileSpecValidator: a rule a tile must meet to be kept (render's import and
/// ValidateTilesClient drop the tiles that fail it, logging why). Implementations are immutable
/// and thread-safe.
/// </summary>
public interface ITileSpecValidator
{
    /// <summary>render's class name (<c>--validatorClass</c>).</summary>
    string ClassName { get; }

    /// <summary>The settings as render's <c>--validatorData</c> writes them.</summary>
    string ToDataString();

    /// <summary>Why <paramref name="tile"/> is invalid, in render's words, or null when it is valid.</summary>
    string? Validate(TileSpec tile);
}
