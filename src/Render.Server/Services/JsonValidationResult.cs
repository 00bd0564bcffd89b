namespace Render.Server.Services;

/// <summary>render's answer to a JSON validation: whether the text is valid, and the sentence saying so.</summary>
/// <param name="Valid">Whether the text parsed and passed the checks (200; otherwise 400).</param>
/// <param name="Message">render's sentence, ending in a newline.</param>
public sealed record JsonValidationResult(bool Valid, string Message);
