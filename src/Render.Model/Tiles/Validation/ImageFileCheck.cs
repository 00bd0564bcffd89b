namespace Render.Model.Tiles.Validation;

/// <summary>
/// What render's core tile validation finds wrong with the file an image or mask URL names (it
/// does not exist, cannot be read, is empty), or null when nothing is: the caller's I/O, since
/// this project does none.
/// </summary>
/// <param name="url">The image or mask URL.</param>
/// <param name="context"><c>imageUrl</c> or <c>maskUrl</c>, for the message.</param>
public delegate string? ImageFileCheck(string url, string context);
