import { type ComponentType } from 'react';
import { type FilePickerProps } from './pick-file-types';

export { type FilePickerProps, type MaterialFormat, type PickedFile } from './pick-file-types';

/**
 * The buttons that pick a material's file. weapp: 拍照 / 从相册选 (`Taro.chooseMedia`) and 选择PDF
 * (`Taro.chooseMessageFile`, from a chat), as the material's formats allow; compact: one button
 * with an action sheet. H5: one 上传 button that is a file input (image/*, application/pdf).
 */
export declare const FilePicker: ComponentType<FilePickerProps>;
