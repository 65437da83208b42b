# @aigov-ignore AIGOV301
# ^^^^^^^^^^^^^^^^^^^^^^ AIGOV204
import os
# @aigov-ignore-file AIGOV302 --
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ AIGOV204
