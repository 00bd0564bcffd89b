using Render.Geometry.Numerics;
using Render.Model.PointMatches;
using Render.Server.Errors;

namespace Render.Server.Http;

/// <summary>
/// Path and query values read as JAX-RS reads them: <c>Double.valueOf</c> and
/// <c>Integer.valueOf</c> (a value that does not convert gives 404), <c>Boolean.valueOf</c>
/// (case-insensitive "true", anything else false, absent null) and repeated query parameters.
/// </summary>
internal static class JavaParameters
{
    public static double PathDouble(string value, string name) =>
        JavaNumberParse.TryParseDouble(value, out var parsed) ? parsed : throw NotConvertible(name, value);

    public static int PathInt(string value, string name) =>
        JavaIntegerParse.TryParseInt(value, out var parsed) ? parsed : throw NotConvertible(name, value);

    public static double? QueryDouble(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { } text
            ? PathDouble(text, name)
            : null;

    public static int? QueryInt(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { } text
            ? PathInt(text, name)
            : null;

    public static bool? QueryBool(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0
            ? string.Equals(values[0], "true", StringComparison.OrdinalIgnoreCase)
            : null;

    public static string? QueryString(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public static IReadOnlyList<string> QueryList(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? [.. values.OfType<string>()] : [];

    /// <summary>A stack id from path values, checked against render's name rules (400 otherwise).</summary>
    public static StackId StackIdOf(string owner, string project, string stack) =>
        StackId.Create(owner, project, stack).GetValueOrThrow();

    /// <summary>A match collection id from path values, checked against render's name rules (400 otherwise).</summary>
    public static MatchCollectionId MatchCollectionIdOf(string owner, string name) =>
        MatchCollectionId.Create(owner, name).GetValueOrThrow();

    /// <summary>The repeated <c>mergeCollection</c> query values as collections of <paramref name="owner"/> (400 for an invalid name).</summary>
    public static IReadOnlyList<MatchCollectionId> MergeCollections(this HttpRequest request, string owner) =>
        [.. request.QueryList("mergeCollection").Select(name => MatchCollectionIdOf(owner, name))];

    /// <summary>Java's enum valueOf: exact name or 404.</summary>
    public static TEnum PathEnum<TEnum>(string value, string name)
        where TEnum : struct, Enum =>
        Model.Json.JavaEnumNames<TEnum>.TryParse(value, out var parsed) ? parsed : throw NotConvertible(name, value);

    private static NotFoundException NotConvertible(string name, string value) =>
        new($"could not convert {name} value '{value}'");
}
