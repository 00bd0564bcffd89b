namespace Render.Storage.Tests;

/// <summary>A store on a fresh, empty database of one engine, removed afterwards: what a contract runs against.</summary>
public interface ITemporaryStore
{
    /// <summary>Makes the empty database and a store on it (not yet initialised).</summary>
    Task<IRenderStore> CreateAsync();

    /// <summary>Removes what <see cref="CreateAsync"/> made, after the store is disposed.</summary>
    Task DeleteAsync();
}
