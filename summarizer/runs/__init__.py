"""Work over many articles or many runs of one: batch (with its result cache and run
log), golden cases (replay, record, diff, accept) and run-to-run stability. Each builds on
the pipeline; the pipeline never imports them.
"""
