using System.Text.RegularExpressions;

namespace Render.Matching.TilePairs;

/// <summary>
/// The URL templates of render's tile-pair files and match runs: <c>{baseDataUrl}</c>,
/// <c>{groupId}</c> and <c>{id}</c> stand for the service's base URL and a canvas's group and id.
/// </summary>
public static partial class RenderParametersUrlTemplate
{
    /// <summary>The base-URL token.</summary>
    public const string BaseDataUrlToken = "{baseDataUrl}";

    /// <summary>The canvas group token.</summary>
    public const string GroupIdToken = "{groupId}";

    /// <summary>The canvas id token.</summary>
    public const string IdToken = "{id}";

    /// <summary>
    /// TilePairClient's template for a stack's tiles:
    /// <c>{baseDataUrl}/owner/o/project/p/stack/s/tile/{id}/render-parameters</c> (the base stack's
    /// owner, project and name, which default to the paired stack's).
    /// </summary>
    public static string ForTiles(string owner, string project, string stack) =>
        $"{BaseDataUrlToken}/owner/{owner}/project/{project}/stack/{stack}/tile/{IdToken}/render-parameters";

    /// <summary>
    /// The URL of one canvas: the tokens replaced (render's CanvasRenderParametersUrlTemplate,
    /// including its conversion of box ids such as <c>z_1.0_box_12769_7558_13654_18227_0.1</c> to
    /// <c>12769,7558,13654,18227,0.1</c>, which also converts a <c>_set_</c> suffix, as render's greedy pattern does).
    /// </summary>
    public static string Resolve(string template, string baseDataUrl, string? groupId, string? id)
    {
        ArgumentNullException.ThrowIfNull(template);
        var url = template.StartsWith(BaseDataUrlToken, StringComparison.Ordinal) ? baseDataUrl + template[BaseDataUrlToken.Length..] : template;
        if (id is not null && url.Contains(IdToken, StringComparison.Ordinal))
        {
            url = url.Replace(IdToken, BoxIdValue(id), StringComparison.Ordinal);
        }

        return groupId is not null ? url.Replace(GroupIdToken, groupId, StringComparison.Ordinal) : url;
    }

    /// <summary>render's box-id pattern; like Java's, the greedy group also takes a <c>_set_</c> suffix.</summary>
    private static string BoxIdValue(string id)
    {
        var match = BoxId().Match(id);
        return match.Success ? match.Groups[1].Value.Replace('_', ',') : id;
    }

    [GeneratedRegex("^z_.*_box_(.*)(_set_.*)?$", RegexOptions.Singleline)]
    private static partial Regex BoxId();
}
