# @aigov-ignore AIGOV301 -- prototype, removed before release (TICKET-12)
import os
