using System.Text.Json;
using System.Text.RegularExpressions;
using Render.Matching.TilePairs;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's match trials (MatchService's matchTrial routes): run a trial on two canvases and store
/// it with its matches and stats under a new ObjectId-style id, read it back, delete it.
/// </summary>
internal sealed partial class MatchTrialService(IRenderStore store, TrialCanvasSource canvases, MatchTrialRunner runner, MatchTrialGate gate)
{
    /// <summary>render's MatchTrial group id for both canvases.</summary>
    private const string TrialGroupId = "trial";

    /// <summary>Runs the trial described by <paramref name="body"/> (render's MatchTrialParameters) and stores it.</summary>
    /// <exception cref="RetryLaterException">The server runs as many trials as it may at once.</exception>
    /// <returns>The new trial's id and its JSON.</returns>
    public async Task<(string Id, string Json)> RunAsync(string owner, string body, HttpRequest request, CancellationToken cancellationToken)
    {
        var trial = MatchTrialRequest.Parse(body);
        using var slot = gate.Enter();
        var (p, pTile) = await canvases.LoadAsync("pRenderParametersUrl", trial.PRenderParametersUrl, request, cancellationToken).ConfigureAwait(false);
        var (q, qTile) = await canvases.LoadAsync("qRenderParametersUrl", trial.QRenderParametersUrl, request, cancellationToken).ConfigureAwait(false);
        // render orders the canvases with their clip positions (a tile against itself is allowed when clipped).
        var pId = new CanvasId(TrialGroupId, pTile, trial.Clip?.P.Position);
        var qId = new CanvasId(TrialGroupId, qTile, trial.Clip?.Q.Position);
        if (CanvasIdOrder.Instance.Compare(pId, qId) > 0)
        {
            throw new ArgumentException(
                $"P and Q render parameters URLs must be swapped{(trial.Clip is null ? string.Empty : " along with relative position")} because P canvasId {Name(pId)} is greater than Q canvasId {Name(qId)}");
        }

        var (matches, stats) = await runner.RunAsync(trial, (p, pId), (q, qId), cancellationToken).ConfigureAwait(false);
        var id = LikelyUniqueId.Next();
        var json = RenderJson.Serialize(new MatchTrial(id, Element(trial.Normalized), matches, Element(stats)));
        if (!await store.MatchTrials.InsertAsync(owner, id, json, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"match trial id {id} is taken");
        }

        return (id, json);
    }

    /// <summary>The stored trial's JSON.</summary>
    /// <exception cref="NotFoundException">No such trial.</exception>
    public async Task<string> GetAsync(string owner, string trialId, CancellationToken cancellationToken) =>
        await store.MatchTrials.GetAsync(owner, CheckId(trialId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"match trial with id '{trialId}' not found");

    /// <summary>Removes the trial (nothing happens when there is none, as in render).</summary>
    public Task DeleteAsync(string owner, string trialId, CancellationToken cancellationToken) =>
        store.MatchTrials.DeleteAsync(owner, CheckId(trialId), cancellationToken);

    /// <summary>The owner's trial ids, oldest first.</summary>
    public Task<IReadOnlyList<string>> ListIdsAsync(string owner, CancellationToken cancellationToken) =>
        store.MatchTrials.ListIdsAsync(owner, cancellationToken);

    /// <summary>render's trial ids are MongoDB ObjectIds: anything but 24 hex digits is a 400 there too.</summary>
    private static string CheckId(string trialId) =>
        ObjectId().IsMatch(trialId) ? trialId : throw new ArgumentException($"invalid hexadecimal representation of an ObjectId: [{trialId}]");

    /// <summary>The canvas as the message names it (group, id and any position, as render's CanvasId prints).</summary>
    private static string Name(CanvasId id) =>
        id.RelativePosition is { } position ? $"{id.GroupId}::{id.Id}::{JavaEnumNames<MontageRelativePosition>.NameOf(position)}" : $"{id.GroupId}::{id.Id}";

    private static JsonElement Element(System.Text.Json.Nodes.JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    [GeneratedRegex("^[0-9a-fA-F]{24}$")]
    private static partial Regex ObjectId();
}
