namespace Render.Alignment;

/// <summary>render's names for <see cref="ModelType"/> (<c>TRANSLATION</c>, <c>RIGID</c>, <c>SIMILARITY</c>, <c>AFFINE</c>).</summary>
public static class ModelTypes
{
    /// <summary>Parses render's name of a model type (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of the four supported types.</exception>
    public static ModelType Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "TRANSLATION" => ModelType.Translation,
            "RIGID" => ModelType.Rigid,
            "SIMILARITY" => ModelType.Similarity,
            "AFFINE" => ModelType.Affine,
            _ => throw new ArgumentException($"unsupported model type '{name}': use TRANSLATION, RIGID, SIMILARITY or AFFINE", nameof(name)),
        };
    }

    /// <summary>render's name of <paramref name="type"/>.</summary>
    public static string ToRenderName(this ModelType type) => type switch
    {
        ModelType.Translation => "TRANSLATION",
        ModelType.Rigid => "RIGID",
        ModelType.Similarity => "SIMILARITY",
        ModelType.Affine => "AFFINE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown model type"),
    };
}
