using System.Buffers;
using System.IO.MemoryMappedFiles;
using MessagePack;

namespace SearchPlans.Index;

/// <summary>
/// A mapped <see cref="PlanBodiesFile"/>, read one plan's body at a time: the heap holds none of them, and the system
/// keeps in memory only the pages read lately, which it can drop again under pressure.
/// </summary>
/// <remarks>
/// Like a <see cref="MappedLinkTable"/>, the web app leaves an old generation's mapping to the collector rather than
/// disposing it: a cached comparison may still read a plan of it.
/// </remarks>
public sealed class MappedPlanBodies : IDisposable
{
    private readonly string file;
    private readonly MemoryMappedFile map;
    private readonly MemoryMappedViewAccessor view;
    private readonly MessagePackSerializerOptions options;

    internal MappedPlanBodies(string file, MemoryMappedFile map, MemoryMappedViewAccessor view, MessagePackSerializerOptions options) =>
        (this.file, this.map, this.view, this.options) = (file, map, view, options);

    /// <exception cref="DamagedIndexException">The body's bytes are not a plan's body; the message names the file and the plan.</exception>
    public PlanBody Read(StoredPlanHead head)
    {
        if (head.BodyOffset < PlanBodiesFile.HeaderLength || head.BodyLength < 0 || head.BodyOffset + head.BodyLength > view.Capacity)
            throw PlanBodiesFile.Damaged(file, $"plan {head.Id}'s body lies outside the file");
        var bytes = ArrayPool<byte>.Shared.Rent(head.BodyLength);
        try
        {
            view.ReadArray(head.BodyOffset, bytes, 0, head.BodyLength);
            var body = MessagePackSerializer.Deserialize<PlanBody>(bytes.AsMemory(0, head.BodyLength), options);
            return body.Requirements.Count == head.RequirementIds.Count
                ? body
                : throw PlanBodiesFile.Damaged(file, $"plan {head.Id}'s body holds {body.Requirements.Count:N0} requirements and its head {head.RequirementIds.Count:N0}");
        }
        catch (MessagePackSerializationException e)
        {
            throw PlanBodiesFile.Damaged(file, $"plan {head.Id}'s body: {e.InnerException?.Message ?? e.Message}", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose()
    {
        view.Dispose();
        map.Dispose();
    }
}
