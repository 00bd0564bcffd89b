namespace Render.Server.Routes;

/// <summary><c>/owner/{owner}/matchTrial/{trialId}</c>: one stored match trial.</summary>
internal sealed record MatchTrialRoute(string Owner, string TrialId);
