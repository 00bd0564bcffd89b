using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// A request path relative to the API root, with its query. Values are URL-encoded (render-python
/// does not encode, which breaks on names a server would accept) and numbers are written as Java
/// writes them (<c>3407.0</c>), which render-ws's <c>Double.valueOf</c> reads back exactly.
/// </summary>
internal sealed class RequestPath
{
    private readonly StringBuilder _path = new();
    private readonly StringBuilder _query = new();

    /// <summary>An empty path (the API root).</summary>
    public static RequestPath Root() => new();

    /// <summary><c>owner/{owner}/project/{project}/stack/{stack}</c>, render's <c>{S}</c>.</summary>
    public static RequestPath Stack(StackId stackId)
    {
        ArgumentNullException.ThrowIfNull(stackId);
        return Root().Literal("owner").Value(stackId.Owner).Literal("project").Value(stackId.Project).Literal("stack").Value(stackId.Stack);
    }

    /// <summary><c>{S}/z/{z}</c>: one layer of a stack.</summary>
    public static RequestPath Layer(StackId stackId, double z) => Stack(stackId).Literal("z").Value(z);

    /// <summary><c>{S}/tile/{tileId}</c>: one tile of a stack.</summary>
    public static RequestPath Tile(StackId stackId, string tileId) => Stack(stackId).Literal("tile").Value(tileId);

    /// <summary><c>owner/{owner}/matchCollection/{name}</c>, render's <c>{M}</c>.</summary>
    public static RequestPath Collection(MatchCollectionId collectionId)
    {
        ArgumentNullException.ThrowIfNull(collectionId);
        return Root().Literal("owner").Value(collectionId.Owner).Literal("matchCollection").Value(collectionId.Name);
    }

    /// <summary>Appends fixed path text (not encoded; may hold several segments).</summary>
    public RequestPath Literal(string text)
    {
        Separate();
        _path.Append(text);
        return this;
    }

    /// <summary>Appends one encoded path segment.</summary>
    public RequestPath Value(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Separate();
        _path.Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Appends a number as one path segment.</summary>
    public RequestPath Value(double value) => Literal(Number(value));

    /// <summary>Adds a query parameter when <paramref name="value"/> is not null.</summary>
    public RequestPath Query(string name, string? value)
    {
        if (value is not null)
        {
            _query.Append(_query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    /// <summary>Adds a number query parameter when <paramref name="value"/> is not null.</summary>
    public RequestPath Query(string name, double? value) => Query(name, value is { } number ? Number(number) : null);

    /// <summary>Adds an integer query parameter when <paramref name="value"/> is not null.</summary>
    public RequestPath Query(string name, int? value) => Query(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean query parameter (<c>true</c>/<c>false</c>, as Java's <c>Boolean.valueOf</c> reads) when not null.</summary>
    public RequestPath Query(string name, bool? value) => Query(name, value is { } flag ? (flag ? "true" : "false") : null);

    /// <summary>Adds a parameter once per value (render's repeated <c>z</c> and <c>mergeCollection</c>).</summary>
    public RequestPath Query(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Query(name, value);
        }

        return this;
    }

    /// <summary>A number as Java writes it (<c>3407.0</c>, <c>1.0E7</c>).</summary>
    public static string Number(double value) => JavaNumberFormat.FormatDouble(value);

    public override string ToString() => _path.ToString() + _query;

    private void Separate()
    {
        if (_path.Length > 0)
        {
            _path.Append('/');
        }
    }
}
