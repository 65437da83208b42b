import json; import keras
