using System.Reflection;
using Render.Model.Stacks;
using Render.Server.Services;
using Render.Storage;

namespace Render.Server.Tests.Services;

/// <summary>
/// <see cref="RequestStacks"/>: one request reads each stack row once, however many of the ETag
/// filter, the services and the render preparation ask for it (a render request read it up to four times).
/// </summary>
public sealed class RequestStacksTests
{
    private static readonly StackId Id = new("o", "p", "s");

    [Fact]
    public async Task FindAsync_SameStackAskedFourTimes_ReadsTheStoreOnce()
    {
        var (store, reads) = CountingStore(new StoredStack(new StackMetaData(Id, StackState.Complete), Revision: 3));
        var stacks = new StackService(store, new RequestStacks(store), TimeProvider.System);

        var first = await stacks.GetAsync(Id, CancellationToken.None);
        await stacks.GetStoredAsync(Id, CancellationToken.None);
        await stacks.GetAsync(Id, CancellationToken.None);
        var last = await stacks.GetAsync(Id, CancellationToken.None);

        Assert.Equal(1, reads.Count);
        Assert.Same(first, last);
    }

    [Fact]
    public async Task FindAsync_MissingStack_IsRememberedAsMissing()
    {
        var (store, reads) = CountingStore(null);
        var requestStacks = new RequestStacks(store);

        Assert.Null(await requestStacks.FindAsync(Id, CancellationToken.None));
        Assert.Null(await requestStacks.FindAsync(Id, CancellationToken.None));

        Assert.Equal(1, reads.Count);
    }

    [Fact]
    public async Task FindAsync_AnotherRequest_ReadsAgain()
    {
        var (store, reads) = CountingStore(new StoredStack(new StackMetaData(Id), Revision: 1));

        await new RequestStacks(store).FindAsync(Id, CancellationToken.None);
        await new RequestStacks(store).FindAsync(Id, CancellationToken.None);

        Assert.Equal(2, reads.Count);
    }

    /// <summary>A store whose stacks answer <c>GetAsync</c> with <paramref name="stored"/> and count the calls; nothing else is expected.</summary>
    private static (IRenderStore Store, Counter Reads) CountingStore(StoredStack? stored)
    {
        var reads = new Counter();
        var stacks = DispatchProxy.Create<IStackStore, Answering>();
        ((Answering)(object)stacks).Answer = method => method.Name == nameof(IStackStore.GetAsync)
            ? reads.Increment(Task.FromResult(stored))
            : throw new InvalidOperationException($"unexpected store call {method.Name}");
        var store = DispatchProxy.Create<IRenderStore, Answering>();
        ((Answering)(object)store).Answer = method => method.Name == "get_" + nameof(IRenderStore.Stacks)
            ? stacks
            : throw new InvalidOperationException($"unexpected store call {method.Name}");
        return (store, reads);
    }

    /// <summary>A call count.</summary>
    private sealed class Counter
    {
        public int Count { get; private set; }

        public T Increment<T>(T value)
        {
            Count++;
            return value;
        }
    }

    /// <summary>An interface answered by one function of the called method.</summary>
#pragma warning disable CA1852 // DispatchProxy derives from it at run time.
    public class Answering : DispatchProxy
#pragma warning restore CA1852
    {
        public Func<MethodInfo, object?> Answer { get; set; } = _ => null;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Answer(targetMethod!);
    }
}
