using Render.Export.Files;

namespace Render.Export.Mipmaps;

/// <summary>render's MipmapParameters: where the level files go and which levels are written.</summary>
/// <param name="RootDirectory">The root of the level folders (render's --rootDirectory); it must exist and be writable.</param>
/// <param name="MinLevel">The lowest level written (render's default 1); lower levels are computed but not saved.</param>
/// <param name="MaxLevel">The highest level (render's default 6); it is the builder's numberOfLevels.</param>
/// <param name="Format">The file format (render's default tiff, saved as <c>.tif</c>).</param>
/// <param name="ForceGeneration">Rewrite files that exist (otherwise a tile whose files all exist is skipped, and existing files are kept).</param>
/// <param name="Threads">Tiles worked on at once; 0 or less means one per processor.</param>
public sealed record MipmapOptions(
    string RootDirectory,
    int MinLevel = 1,
    int MaxLevel = 6,
    ImageFileFormat Format = ImageFileFormat.Tiff,
    bool ForceGeneration = false,
    int Threads = 0)
{
    /// <summary>The deepest level: render's 2^level must stay an int.</summary>
    public const int DeepestLevel = 30;

    /// <summary>Refuses levels render cannot use.</summary>
    /// <exception cref="ArgumentException">A level is out of range.</exception>
    public void Validate()
    {
        if (MaxLevel is < 1 or > DeepestLevel)
        {
            throw new ArgumentException($"maxLevel must be from 1 to {DeepestLevel}, but was {MaxLevel}");
        }

        if (MinLevel < 1 || MinLevel > MaxLevel)
        {
            throw new ArgumentException($"minLevel must be from 1 to maxLevel ({MaxLevel}), but was {MinLevel}");
        }
    }
}
