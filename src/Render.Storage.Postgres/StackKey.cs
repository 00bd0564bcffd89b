namespace Render.Storage.Postgres;

/// <summary>A stack's internal key and whether its box index is built (it is for COMPLETE stacks).</summary>
internal readonly record struct StackKey(long Key, bool BoxIndexed);
