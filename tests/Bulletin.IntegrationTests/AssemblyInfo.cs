// Some tests measure request spacing and others start whole processes; run classes one at a
// time so that the timing tests are not starved by the heavy ones.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
