using System.Collections.Frozen;
using Render.Model;
using Render.Model.Rendering;

namespace Render.Imaging.Filters;

/// <summary>
/// The filters render can apply, by Java class name, with the factory that builds each from a
/// spec's parameters. An explicit table, not reflection: an unknown class name is the caller's
/// mistake (a 400 over HTTP), as render's <c>FilterSpec.buildInstance</c> makes it.
/// </summary>
public static class FilterRegistry
{
    private static readonly FrozenDictionary<string, Func<IReadOnlyDictionary<string, string>?, Random, IImageFilter>> Factories =
        new Dictionary<string, Func<IReadOnlyDictionary<string, string>?, Random, IImageFilter>>(StringComparer.Ordinal)
        {
            [ValueToNoise.JavaClassName] = ValueToNoise.FromParameters,
            [NormalizeLocalContrast.JavaClassName] = (parameters, _) => NormalizeLocalContrast.FromParameters(parameters),
            [Rank.JavaClassName] = (parameters, _) => Rank.FromParameters(parameters),
            [EqualizeHistogram.JavaClassName] = (parameters, _) => EqualizeHistogram.FromParameters(parameters),
            [Clahe.JavaClassName] = (parameters, _) => Clahe.FromParameters(parameters),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The class names that can be applied.</summary>
    public static IReadOnlyCollection<string> ClassNames => Factories.Keys;

    /// <summary>
    /// render's default filters for <c>doFilter</c> (FilterFactory's "ad-hoc filter bank"): black and
    /// white pixels become mid-grey noise, then local contrast is normalised over 500-pixel blocks.
    /// </summary>
    public static IReadOnlyList<IImageFilter> DefaultFilters(Random random) =>
    [
        new ValueToNoise(0, 64, 191, random),
        new ValueToNoise(255, 64, 191, random),
        new NormalizeLocalContrast(500, 500, 3, center: true, stretch: true),
    ];

    /// <summary>The filter <paramref name="spec"/> describes; <paramref name="random"/> feeds filters that draw noise.</summary>
    /// <exception cref="RenderInputException">The class is unknown or a parameter is missing or unreadable.</exception>
    public static IImageFilter Create(FilterSpec spec, Random random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        if (spec.ClassName is not { } className)
        {
            throw new RenderInputException("no className defined for filter spec");
        }

        if (!Factories.TryGetValue(className, out var create))
        {
            throw new RenderInputException(
                $"filter class '{className}' cannot be found; this server applies {string.Join(", ", Factories.Keys.Order(StringComparer.Ordinal))}");
        }

        try
        {
            return create(spec.Parameters, random);
        }
        catch (RenderInputException exception)
        {
            throw new RenderInputException($"failed to create filter '{className}': {exception.Message}", exception);
        }
    }
}
