use ::tch as torch;
