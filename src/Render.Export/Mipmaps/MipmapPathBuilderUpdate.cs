using Render.Model.Stacks;

namespace Render.Export.Mipmaps;

/// <summary>
/// render's MipmapClient.updateMipmapPathBuilderForStack: which builder, if any, to save on the
/// stack after a run so that the service renders low scales from the new files.
/// </summary>
/// <param name="Builder">The builder to save (PUT .../mipmapPathBuilder), or null when nothing is to be saved.</param>
/// <param name="Reason">Why, for a log line.</param>
public sealed record MipmapPathBuilderUpdate(MipmapPathBuilder? Builder, string Reason)
{
    /// <summary>
    /// No current builder: save the new one. Same root and extension: save it only when it has more
    /// levels. A different root or extension: keep the current one (render logs an error and skips).
    /// </summary>
    public static MipmapPathBuilderUpdate For(MipmapPathBuilder? current, MipmapPathBuilder generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        if (current is null)
        {
            return new(generated, "the stack had no mipmap path builder");
        }

        if (current.RootPath != generated.RootPath || current.Extension != generated.Extension)
        {
            return new(null,
                $"the stack's mipmap path builder has another root path or extension ({current.RootPath}, {current.Extension}); it was not changed");
        }

        return generated.NumberOfLevels > current.NumberOfLevels
            ? new(generated, $"the stack's builder had {current.NumberOfLevels} levels, now {generated.NumberOfLevels}")
            : new(null, "the stack's mipmap path builder is already up to date");
    }
}
