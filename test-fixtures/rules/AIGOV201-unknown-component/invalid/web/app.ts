/* @aigov nobody-registered-this */
//        ^^^^^^^^^^^^^^^^^^^^^^ AIGOV201
export const x = "// @aigov not-a-comment";
