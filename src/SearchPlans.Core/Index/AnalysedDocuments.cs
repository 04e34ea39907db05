using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// Requirement documents with their text fields analysed on other threads than the writer's, handed to the writer in
/// the corpus's order.
/// </summary>
/// <remarks>
/// SmartCn's segmentation is most of the cost of writing the index. IndexWriter does take documents from several
/// threads, but each thread fills its own segment, so the documents' order (and with it the order of equal scores)
/// would depend on the threads' timing; here only analysis is parallel, and adding stays in order on one thread.
/// </remarks>
internal static class AnalysedDocuments
{
    /// <summary>
    /// Every core but the one the writing thread keeps busy inverting documents: on two cores, one analysing thread
    /// beside the writer wrote 43,988 requirements in 8.8 s, two in 16.0 s (they only contended).
    /// </summary>
    public static int DefaultThreads => Math.Max(1, Environment.ProcessorCount - 1);

    // Section titles, deadlines and unit cells repeat across a plan's requirements (every item of a section carries
    // its titles) and are short: each distinct value is analysed once per build.
    private const int LongestRepeatedValue = 64;

    /// <param name="threads">Threads analysing beside the writer; 0 has the writing thread analyse each document before it adds it.</param>
    /// <param name="vocabulary">Counts the words of the requirement texts as they are analysed.</param>
    public static void AddAll(IndexWriter writer, IEnumerable<(Plan Plan, Requirement Requirement)> requirements, int threads, CorpusVocabulary vocabulary)
    {
        var repeated = new ConcurrentDictionary<(string Field, string Text), FieldTokens>();
        if (threads == 0)
        {
            foreach (var (plan, requirement) in requirements)
                writer.AddDocument(Analysed(RequirementDocument.Create(plan, requirement), repeated, vocabulary));
            return;
        }
        var documents = requirements
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .Select(r => Analysed(RequirementDocument.Create(r.Plan, r.Requirement), repeated, vocabulary));
        foreach (var document in documents)
            writer.AddDocument(document);
    }

    private static Document Analysed(Document document, ConcurrentDictionary<(string Field, string Text), FieldTokens> repeated, CorpusVocabulary vocabulary)
    {
        var analysed = new Document();
        foreach (var field in document.Fields)
        {
            // Text fields of the index are never stored; a stored or untokenized field goes in as it is.
            if (field.IndexableFieldType is not { IsIndexed: true, IsTokenized: true, IsStored: false } || field.GetStringValue() is not { } text)
            {
                analysed.Add(field);
                continue;
            }
            // A plan's place is the same for each of its requirements, however long.
            var tokens = field.Name is IndexFields.Text or IndexFields.TextBigrams or IndexFields.FocusBigrams or IndexFields.CriteriaBigrams
                || text.Length > LongestRepeatedValue && field.Name != IndexFields.PlaceBigrams
                ? FieldTokens.Analyse(field.Name, text)
                : repeated.GetOrAdd((field.Name, text), static key => FieldTokens.Analyse(key.Field, key.Text));
            if (field.Name == IndexFields.Text)
            {
                vocabulary.Add(text, tokens);
                analysed.Add(new StoredField(IndexFields.StoredWords, StoredWords.Encode(tokens.Tokens.Select(t => (t.Start, t.End)))));
            }
            analysed.Add(new TextField(field.Name, new AnalysedTokens(tokens)));
        }
        return analysed;
    }
}
