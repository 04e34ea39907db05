using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// Requirement documents with their text fields analysed on every core, handed to the writer in the corpus's order.
/// </summary>
/// <remarks>
/// SmartCn's segmentation is most of the cost of writing the index. IndexWriter does take documents from several
/// threads, but each thread fills its own segment, so the documents' order (and with it the order of equal scores)
/// would depend on the threads' timing; here only analysis is parallel, and adding stays in order on one thread.
/// </remarks>
internal static class AnalysedDocuments
{
    public static void AddAll(IndexWriter writer, IEnumerable<(Plan Plan, Requirement Requirement)> requirements)
    {
        var documents = requirements
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(r => Analysed(RequirementDocument.Create(r.Plan, r.Requirement)));
        foreach (var document in documents)
            writer.AddDocument(document);
    }

    private static Document Analysed(Document document)
    {
        var analysed = new Document();
        foreach (var field in document.Fields)
        {
            // Text fields of the index are never stored; a stored or untokenized field goes in as it is.
            if (field.IndexableFieldType is { IsIndexed: true, IsTokenized: true, IsStored: false } && field.GetStringValue() is { } text)
                analysed.Add(new TextField(field.Name, AnalysedTokens.Analyse(field.Name, text)));
            else
                analysed.Add(field);
        }
        return analysed;
    }
}
