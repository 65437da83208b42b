#!/bin/sh
# @aigov ranker
echo "$#"
